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
    var label = function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      button.setAttribute('aria-label', 'Switch to ' + next + ' theme');
      button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
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

  function addButton(container, label, text, className, name) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = className || 'copy-button';
    button.textContent = label;
    if (name) button.setAttribute('aria-label', name);
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

  // "Cite this chapter": the BibTeX entry as it is shown, with a button that stays visible.
  document.querySelectorAll('.cite-this pre').forEach(function (pre) {
    var code = pre.querySelector('code');
    if (!code) return;
    pre.classList.add('has-copy');
    addButton(pre, 'Copy BibTeX', function () { return code.textContent; });
  });

  // Only in chapters: beside the formula, under its number, never on it (slides and other pages get none).
  document.querySelectorAll('.chapter-body .math-display').forEach(function (math) {
    var source = math.querySelector('annotation[encoding="application/x-tex"]');
    if (!source) return;
    var number = math.querySelector('.eq-number');
    var which = number ? 'equation ' + number.textContent.replace(/[()]/g, '') : 'this equation';
    var name = 'Copy the TeX source of ' + which;
    addButton(math, 'TeX', function () { return source.textContent.trim(); }, 'eq-copy', name);
  });
})();

// Display formulas: each box records its formula's natural width in ems as --eq-width, from which the print
// style and slides.css shrink a formula that is wider than the page or its slide. On reading pages a formula's box
// stays a tab stop only while it actually scrolls, so the keyboard does not stop at every equation; a wide table,
// which scrolls sideways too, becomes one while it scrolls.
(function () {
  'use strict';
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.math-box'));
  var tables = Array.prototype.slice.call(document.querySelectorAll('.chapter-body table, .page table'));
  if (!boxes.length && !tables.length) return;

  function measure() {
    tables.forEach(function (table) {
      if (table.clientWidth === 0) return;
      if (table.scrollWidth > table.clientWidth + 1) table.tabIndex = 0;
      else table.removeAttribute('tabindex');
    });
    boxes.forEach(function (box) {
      var formula = box.querySelector('.katex-html');
      if (formula) {
        var range = document.createRange();
        range.selectNodeContents(formula);
        var width = range.getBoundingClientRect().width;
        var em = parseFloat(getComputedStyle(box).fontSize);
        if (width > 0 && em > 0) box.style.setProperty('--eq-width', (width / em).toFixed(3));
      }
      if (box.getAttribute('role') === 'region' && box.clientWidth > 0) {
        box.tabIndex = (box.scrollWidth > box.clientWidth + 1) ? 0 : -1;
      }
    });
  }

  var pending = false;
  function later() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; measure(); });
  }

  measure();
  window.addEventListener('load', measure);
  // A box also changes size when it first shows (a slide in the speaker view, a closed section opened).
  if ('ResizeObserver' in window) {
    var observer = new ResizeObserver(later);
    boxes.concat(tables).forEach(function (element) { observer.observe(element); });
  }
  else {
    window.addEventListener('resize', later);
  }
  if (document.fonts) {
    document.fonts.addEventListener('loadingdone', later);
    document.fonts.ready.then(later);
  }
})();
