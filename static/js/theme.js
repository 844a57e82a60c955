// Runs before first paint so a reader's chosen theme never flashes the other one.
(function () {
  // Tells CSS that scripts run, so controls that only work with JavaScript are laid out from the first paint
  // instead of appearing later and pushing the page down.
  document.documentElement.classList.add('js');
  try {
    var theme = localStorage.getItem('theme');
    if (theme === 'light' || theme === 'dark') {
      document.documentElement.setAttribute('data-theme', theme);
    }
  } catch (e) { /* storage disabled: follow the system setting */ }
})();
