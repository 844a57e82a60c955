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

// A figure's dark variant is a <picture> source for (prefers-color-scheme: dark); when the reader chose a theme
// with the toggle, the source follows that choice instead of the system setting.
(function () {
  var root = document.documentElement;
  function follow() {
    var theme = root.getAttribute('data-theme');
    var media = theme === 'dark' ? 'all' : theme === 'light' ? 'not all' : '(prefers-color-scheme: dark)';
    document.querySelectorAll('source[data-dark]').forEach(function (source) {
      if (source.getAttribute('media') !== media) source.setAttribute('media', media);
    });
  }
  document.addEventListener('DOMContentLoaded', follow);
  if ('MutationObserver' in window) {
    new MutationObserver(follow).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  }
})();
