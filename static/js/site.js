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

  // Chapter contents: aria-current marks the section being read. That is the last heading above a reading line
  // near the top of the viewport; at the very bottom of the page it is the last section (it may never reach the
  // line); right after a jump to a heading (address with #hash, a contents or in-page link) it is that heading,
  // until the reader scrolls. Observers only say when to look again: every block of the chapter crossing the
  // line, and the footer coming into full view.
  var tocLinks = Array.prototype.slice.call(document.querySelectorAll('.toc a[href^="#"]'));
  var chapterBody = document.querySelector('.chapter-body');
  if (tocLinks.length && chapterBody && 'IntersectionObserver' in window) {
    var READING_LINE = 0.25;
    var sections = tocLinks.map(function (link) {
      return { link: link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) };
    }).filter(function (section) { return section.heading; });
    var current = null;
    var jump = null;

    var sectionAt = function (hash) {
      var id = decodeURIComponent((hash || '').slice(1));
      return sections.filter(function (section) { return section.heading.id === id; })[0] || null;
    };
    var atBottom = function () {
      var page = document.documentElement;
      return window.scrollY + window.innerHeight >= page.scrollHeight - 2;
    };
    var show = function (section) {
      if (section === current) return;
      if (current) current.link.removeAttribute('aria-current');
      current = section;
      if (!section) return;
      section.link.setAttribute('aria-current', 'location');
      // Keep the marked link in view when the rail itself scrolls (a long chapter on a short screen).
      var rail = section.link.closest('details');
      if (rail && rail.scrollHeight > rail.clientHeight) {
        var box = rail.getBoundingClientRect();
        var at = section.link.getBoundingClientRect();
        if (at.top < box.top || at.bottom > box.bottom) rail.scrollTop += at.top - box.top - box.height / 2;
      }
    };
    var update = function () {
      if (jump && (jump.y === null || Math.abs(window.scrollY - jump.y) < 2)) {
        show(jump.section);
        return;
      }
      jump = null;
      if (atBottom()) {
        show(sections[sections.length - 1]);
        return;
      }
      var line = window.innerHeight * READING_LINE;
      var found = null;
      sections.forEach(function (section) {
        if (section.heading.getBoundingClientRect().top <= line) found = section;
      });
      show(found);
    };
    var jumpedTo = function (hash) {
      var section = sectionAt(hash);
      jump = section ? { section: section, y: window.scrollY } : null;
      update();
    };

    var crossing = new IntersectionObserver(update, { rootMargin: '0px 0px -' + (100 - READING_LINE * 100) + '% 0px' });
    Array.prototype.forEach.call(chapterBody.children, function (block) { crossing.observe(block); });
    var footer = document.querySelector('.site-footer');
    if (footer) new IntersectionObserver(update, { threshold: [0, 1] }).observe(footer);
    window.addEventListener('resize', update);
    window.addEventListener('hashchange', function () { jumpedTo(location.hash); });
    // A link to the address already shown scrolls again without a hashchange.
    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[href^="#"]');
      if (link && !event.defaultPrevented) setTimeout(function () { jumpedTo(link.hash); }, 0);
    });
    // Loading with a #hash: the browser scrolls to it while loading, so the jump holds until the page has loaded.
    jump = sectionAt(location.hash) ? { section: sectionAt(location.hash), y: null } : null;
    window.addEventListener('load', function () {
      if (jump) jump.y = window.scrollY;
      update();
    });
    update();
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
// stays a tab stop only while it scrolls (by even one pixel, the measure axe uses), so the keyboard does not stop
// at every equation; a wide table or code block, which scrolls sideways too, becomes one while it scrolls.
(function () {
  'use strict';
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.math-box'));
  var scrollers = Array.prototype.slice.call(document.querySelectorAll('main table, main pre'));
  if (!boxes.length && !scrollers.length) return;

  function measure() {
    scrollers.forEach(function (scroller) {
      if (scroller.clientWidth === 0) return;
      if (scroller.scrollWidth > scroller.clientWidth) scroller.tabIndex = 0;
      else scroller.removeAttribute('tabindex');
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
        box.tabIndex = (box.scrollWidth > box.clientWidth) ? 0 : -1;
      }
      // A slide formula scrolls only in a phone's card, where it stops shrinking at a readable size: while it
      // scrolls the keyboard can reach it too.
      else if (box.closest('.slide-canvas') && box.clientWidth > 0) {
        if (box.scrollWidth > box.clientWidth) box.tabIndex = 0;
        else box.removeAttribute('tabindex');
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
    boxes.concat(scrollers).forEach(function (element) { observer.observe(element); });
  }
  else {
    window.addEventListener('resize', later);
  }
  if (document.fonts) {
    document.fonts.addEventListener('loadingdone', later);
    document.fonts.ready.then(later);
  }
})();

// Citation cards (the [1] numbers): CSS shows them on hover and focus; this keeps them inside the viewport, opens
// them with a first tap on touch screens (a second tap follows the link), and closes them with Escape or a tap
// elsewhere.
(function () {
  'use strict';
  var MARGIN = 8;
  var pointer = 'mouse';

  function place(cite) {
    var card = cite.querySelector('.cite-card');
    if (!card) return;
    card.classList.remove('is-below');
    card.style.removeProperty('--cite-shift');
    var rect = card.getBoundingClientRect();
    if (!rect.width) return;
    var number = cite.getBoundingClientRect();
    if (rect.top < MARGIN && window.innerHeight - number.bottom > number.top) {
      card.classList.add('is-below');
      rect = card.getBoundingClientRect();
    }
    var width = document.documentElement.clientWidth;
    var shift = 0;
    if (rect.left < MARGIN) shift = MARGIN - rect.left;
    else if (rect.right > width - MARGIN) shift = Math.max(MARGIN - rect.left, width - MARGIN - rect.right);
    if (shift) card.style.setProperty('--cite-shift', shift + 'px');
  }

  function open(cite) {
    cite.classList.remove('is-dismissed');
    cite.classList.add('is-open');
    place(cite);
  }

  function close(cite) {
    cite.classList.remove('is-open');
  }

  document.querySelectorAll('.cite').forEach(function (cite) {
    cite.addEventListener('pointerenter', function (event) { if (event.pointerType === 'mouse') open(cite); });
    cite.addEventListener('pointerleave', function (event) {
      if (event.pointerType !== 'mouse') return;
      close(cite);
      cite.classList.remove('is-dismissed');
    });
    cite.addEventListener('focusin', function () { if (!cite.classList.contains('is-dismissed')) open(cite); });
    cite.addEventListener('focusout', function (event) {
      if (cite.contains(event.relatedTarget)) return;
      close(cite);
      cite.classList.remove('is-dismissed');
    });
    var link = cite.querySelector('.cite-link');
    if (link) {
      link.addEventListener('click', function (event) {
        // A click from the keyboard (detail 0) or a mouse follows the link at once, as does a second tap.
        var secondTap = cite.classList.contains('is-open') && cite.dataset.tapped;
        if (pointer === 'mouse' || event.detail === 0 || secondTap) return;
        event.preventDefault();
        cite.dataset.tapped = 'true';
        open(cite);
      });
    }
  });

  // Remember how the reader points; a touch outside every open card closes it.
  document.addEventListener('pointerdown', function (event) {
    pointer = event.pointerType || 'mouse';
    document.querySelectorAll('.cite.is-open, .cite[data-tapped]').forEach(function (cite) {
      if (cite.contains(event.target)) return;
      close(cite);
      delete cite.dataset.tapped;
    });
  }, true);

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    document.querySelectorAll('.cite').forEach(function (cite) {
      if (cite.classList.contains('is-open') || cite.matches(':hover, :focus-within')) {
        close(cite);
        delete cite.dataset.tapped;
        cite.classList.add('is-dismissed');
      }
    });
  });
})();
