// Comforts on top of pages that read fully without JavaScript.
(function () {
  'use strict';

  var root = document.documentElement;

  function currentTheme() {
    var chosen = root.getAttribute('data-theme');
    if (chosen) return chosen;
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  document.querySelectorAll('[data-theme-toggle]').forEach(function (button) {
    button.hidden = false;
    // The label says what a press does, in the page's language (data-label-dark/-light come from the messages).
    var label = function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      var text = button.getAttribute('data-label-' + next);
      if (!text) return;
      button.setAttribute('aria-label', text);
      button.title = text;
    };
    label();
    button.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('theme', next); } catch (e) { /* not persisted */ }
      label();
    });
  });

  // On wide screens the contents rail is open; browsers without ::details-content need the attribute.
  var rail = document.querySelector('.toc details');
  if (rail && window.matchMedia('(min-width: 64rem)').matches) rail.open = true;

  // Highlight the section being read in the chapter's table of contents.
  var tocLinks = document.querySelectorAll('.toc a[href^="#"]');
  if (tocLinks.length && 'IntersectionObserver' in window) {
    var byId = {};
    tocLinks.forEach(function (link) { byId[decodeURIComponent(link.hash.slice(1))] = link; });
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        var link = byId[entry.target.id];
        if (!link) return;
        tocLinks.forEach(function (other) { other.removeAttribute('aria-current'); });
        link.setAttribute('aria-current', 'location');
      });
    }, { rootMargin: '0px 0px -70% 0px' });
    Object.keys(byId).forEach(function (id) {
      var heading = document.getElementById(id);
      if (heading) observer.observe(heading);
    });
  }
})();

// Copy buttons: code blocks copy their text, display equations their LaTeX source (from KaTeX's annotation).
(function () {
  'use strict';
  if (!navigator.clipboard) return;

  function addButton(container, label, text) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = label;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(text()).then(function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = label; }, 1500);
      });
    });
    container.appendChild(button);
  }

  document.querySelectorAll('.chapter-body pre, .page pre').forEach(function (pre) {
    var code = pre.querySelector('code');
    if (!code) return;
    pre.classList.add('has-copy');
    addButton(pre, 'Copy', function () { return code.textContent; });
  });

  document.querySelectorAll('.math-display').forEach(function (math) {
    var source = math.querySelector('annotation[encoding="application/x-tex"]');
    if (!source) return;
    addButton(math, 'Copy LaTeX', function () { return source.textContent.trim(); });
  });
})();
