// Runs before first paint so a reader's chosen theme never flashes the other one.
(function () {
  try {
    var theme = localStorage.getItem('theme');
    if (theme === 'light' || theme === 'dark') {
      document.documentElement.setAttribute('data-theme', theme);
    }
  } catch (e) { /* storage disabled: follow the system setting */ }
})();
