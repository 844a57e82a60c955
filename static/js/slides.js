// The slide viewer. Without this script a deck reads as a column of slides, and with it the page still opens
// that way (the reading view): presenting, one slide at a time, starts from the Present button, the → key or a
// #N address. Presenting adds keys, on-screen buttons, click zones, swipes, reveal steps, an overview grid,
// full screen and a speaker view kept in step through a BroadcastChannel. Nothing here changes the layout of
// the reading view on load: the Present button's space is laid out by CSS from the first paint.
(function () {
  'use strict';

  var deck = document.querySelector('.deck[data-slide-count]');
  if (!deck) return;
  var root = document.documentElement;
  var slides = Array.prototype.slice.call(deck.querySelectorAll(':scope > .slide'));
  var count = slides.length;
  var params = new URLSearchParams(location.search);
  var speaker = params.get('view') === 'speaker';
  var channel = ('BroadcastChannel' in window) ? new BroadcastChannel('deck:' + deck.getAttribute('data-deck')) : null;
  var presentButton = document.querySelector('[data-deck-present]');
  var controls = document.querySelector('[data-deck-controls]');
  var keysDialog = document.querySelector('[data-deck-keys]');
  var index = 0;
  var step = 0;
  var selected = 0;

  var progress = document.createElement('div');
  progress.className = 'deck-progress';
  progress.setAttribute('aria-hidden', 'true');
  progress.appendChild(document.createElement('span'));
  var hud = document.createElement('div');
  hud.className = 'deck-hud';
  hud.setAttribute('aria-hidden', 'true');
  var status = document.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  deck.appendChild(progress);
  document.body.appendChild(hud);
  document.body.appendChild(status);
  deck.setAttribute('tabindex', '-1');

  function presenting() { return root.classList.contains('deck-presenting'); }
  function inOverview() { return root.classList.contains('deck-overview'); }

  function fragments(i) {
    return Array.prototype.slice.call(slides[i].querySelectorAll('.fragment')).sort(function (a, b) {
      return Number(a.getAttribute('data-fragment-index')) - Number(b.getAttribute('data-fragment-index'));
    });
  }

  function fromHash() {
    var match = /^#(\d+)$/.exec(location.hash);
    if (!match) return null;
    return Math.min(Math.max(Number(match[1]), 1), count) - 1;
  }

  // Only the current slide is exposed while presenting; the reading view and the overview expose them all.
  function exposeSlides() {
    var single = presenting() && !inOverview();
    slides.forEach(function (slide, k) {
      if (single) slide.setAttribute('aria-hidden', String(k !== index));
      else slide.removeAttribute('aria-hidden');
    });
  }

  function show(i, s, quiet) {
    index = Math.min(Math.max(i, 0), count - 1);
    var steps = fragments(index);
    step = Math.min(Math.max(s, 0), steps.length);
    slides.forEach(function (slide, k) {
      slide.classList.toggle('is-current', k === index);
      slide.classList.toggle('is-next', k === index + 1);
    });
    exposeSlides();
    steps.forEach(function (fragment, k) { fragment.classList.toggle('visible', k < step); });
    if (presenting()) {
      var hash = '#' + (index + 1);
      if (location.hash !== hash) history.replaceState(null, '', hash);
    }
    progress.firstChild.style.width = ((index + 1) / count * 100) + '%';
    hud.textContent = (index + 1) + ' / ' + count;
    status.textContent = slides[index].getAttribute('aria-label');
    if (speaker) updateSpeaker();
    if (!quiet && channel) channel.postMessage({ index: index, step: step });
  }

  function next() {
    if (step < fragments(index).length) show(index, step + 1);
    else if (index < count - 1) show(index + 1, 0);
  }

  function previous() {
    if (step > 0) show(index, step - 1);
    else if (index > 0) show(index - 1, fragments(index - 1).length);
  }

  function present(on) {
    root.classList.toggle('deck-presenting', on);
    if (on) {
      show(index, step, true);
      deck.focus({ preventScroll: true });
      wakeControls();
    }
    else {
      root.classList.remove('deck-overview');
      if (document.fullscreenElement) document.exitFullscreen().catch(function () { /* already left */ });
      history.replaceState(null, '', location.pathname + location.search);
      show(index, step, true);
      slides[index].scrollIntoView({ block: 'start' });
      if (presentButton) presentButton.focus({ preventScroll: true });
    }
    updateControls();
  }

  // The slide a reader is looking at in the reading view: presenting starts there.
  function slideInView() {
    for (var k = 0; k < count; k++) {
      if (slides[k].getBoundingClientRect().bottom > window.innerHeight / 3) return k;
    }
    return count - 1;
  }

  function startPresenting() {
    if (presenting()) return;
    index = slideInView();
    step = 0;
    present(true);
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) document.exitFullscreen();
    else if (root.requestFullscreen) root.requestFullscreen().catch(function () { /* refused: stay windowed */ });
  }

  function openSpeakerView() {
    var url = location.pathname + '?view=speaker&step=' + step + '#' + (index + 1);
    window.open(url, 'deck-speaker-' + deck.getAttribute('data-deck'), 'width=1200,height=760');
  }

  // ---- Overview grid: arrows move a selection in two dimensions, Enter opens it, Escape closes. ----
  function overview(on) {
    if (on && !presenting()) startPresenting();
    root.classList.toggle('deck-overview', on);
    if (on) {
      // Keys now choose thumbnails: focus leaves the Overview button, so Enter opens the selection.
      select(index);
      deck.focus({ preventScroll: true });
    }
    else {
      slides[selected].classList.remove('is-selected');
      show(index, step, true);
      deck.focus({ preventScroll: true });
    }
    exposeSlides();
    updateControls();
  }

  function select(k) {
    slides[selected].classList.remove('is-selected');
    selected = Math.min(Math.max(k, 0), count - 1);
    slides[selected].classList.add('is-selected');
    slides[selected].scrollIntoView({ block: 'nearest' });
    hud.textContent = (selected + 1) + ' / ' + count;
    status.textContent = slides[selected].getAttribute('aria-label');
  }

  function openSelected(k) {
    root.classList.remove('deck-overview');
    slides[selected].classList.remove('is-selected');
    show(k, 0);
    deck.focus({ preventScroll: true });
    updateControls();
  }

  function overviewColumns() {
    return getComputedStyle(deck).gridTemplateColumns.split(' ').filter(Boolean).length || 1;
  }

  function overviewKey(key) {
    var columns = overviewColumns();
    switch (key) {
      case 'ArrowRight': select(selected + 1); break;
      case 'ArrowLeft': select(selected - 1); break;
      case 'ArrowDown': if (selected + columns < count) select(selected + columns); break;
      case 'ArrowUp': if (selected - columns >= 0) select(selected - columns); break;
      case 'Home': select(0); break;
      case 'End': select(count - 1); break;
      case 'Enter': case ' ': openSelected(selected); break;
      case 'Escape': case 'o': case 'O': overview(false); break;
      case '?': showKeys(); break;
      default: return false;
    }
    return true;
  }

  // Speaker view: the same page showing the current and next slide, the notes, a clock and a timer.
  var notesBox;
  var timerBox;
  var clockBox;
  var positionBox;
  var endBox;
  function setUpSpeaker() {
    root.classList.add('deck-speaker');
    var panel = document.createElement('div');
    panel.className = 'deck-speaker-panel';
    panel.innerHTML = '<h2 class="deck-speaker-label deck-speaker-label--current">Current '
      + '<span class="deck-speaker-position"></span></h2>'
      + '<h2 class="deck-speaker-label deck-speaker-label--next">Next</h2>'
      + '<p class="deck-speaker-end" hidden>End of the deck</p>'
      + '<div class="deck-speaker-info"><p class="deck-speaker-times">'
      + '<span>Time <time class="deck-speaker-clock"></time></span> '
      + '<span>Elapsed <span class="deck-speaker-timer"></span></span></p>'
      + '<h2 class="deck-speaker-label">Notes</h2><div class="deck-speaker-notes"></div></div>';
    (document.querySelector('main') || document.body).appendChild(panel);
    positionBox = panel.querySelector('.deck-speaker-position');
    endBox = panel.querySelector('.deck-speaker-end');
    clockBox = panel.querySelector('.deck-speaker-clock');
    timerBox = panel.querySelector('.deck-speaker-timer');
    notesBox = panel.querySelector('.deck-speaker-notes');
    var started = Date.now();
    var tick = function () {
      var now = new Date();
      var seconds = Math.floor((now.getTime() - started) / 1000);
      var minutes = Math.floor(seconds / 60);
      timerBox.textContent = minutes + ':' + String(seconds % 60).padStart(2, '0');
      clockBox.textContent = String(now.getHours()).padStart(2, '0') + ':' + String(now.getMinutes()).padStart(2, '0');
      clockBox.setAttribute('datetime', clockBox.textContent);
    };
    tick();
    setInterval(tick, 1000);
  }

  function updateSpeaker() {
    var steps = fragments(index).length;
    positionBox.textContent = '· slide ' + (index + 1) + ' of ' + count
      + (steps ? ', step ' + step + ' of ' + steps : '');
    endBox.hidden = index < count - 1;
    var notes = document.querySelector('.deck-notes [data-notes-for="' + (index + 1) + '"]');
    notesBox.innerHTML = '';
    if (notes) {
      Array.prototype.forEach.call(notes.childNodes, function (node) { notesBox.appendChild(node.cloneNode(true)); });
    }
    else {
      notesBox.textContent = 'No notes for this slide.';
    }
  }

  // ---- On-screen controls: real buttons, shown while presenting, faded out when the mouse rests. ----
  var idleTimer = null;
  function wakeControls() {
    root.classList.remove('deck-idle');
    clearTimeout(idleTimer);
    idleTimer = setTimeout(function () {
      if (presenting() && !controls.contains(document.activeElement)) root.classList.add('deck-idle');
    }, 2500);
  }

  function updateControls() {
    controls.querySelector('[data-deck-action="overview"]').setAttribute('aria-pressed', String(inOverview()));
    controls.querySelector('[data-deck-action="fullscreen"]')
      .setAttribute('aria-pressed', String(Boolean(document.fullscreenElement)));
  }

  function showKeys() {
    if (!keysDialog.open) keysDialog.showModal();
  }

  controls.hidden = false;
  controls.querySelector('[data-deck-action="fullscreen"]').hidden = !document.fullscreenEnabled;
  controls.querySelector('[data-deck-action="speaker"]').hidden = speaker;
  controls.querySelector('[data-deck-action="exit"]').hidden = speaker;
  controls.addEventListener('click', function (event) {
    var button = event.target.closest('[data-deck-action]');
    if (!button) return;
    switch (button.getAttribute('data-deck-action')) {
      case 'previous': if (inOverview()) overviewKey('ArrowLeft'); else previous(); break;
      case 'next': if (inOverview()) overviewKey('ArrowRight'); else next(); break;
      case 'overview': overview(!inOverview()); break;
      case 'fullscreen': toggleFullscreen(); break;
      case 'speaker': openSpeakerView(); break;
      case 'help': showKeys(); break;
      case 'exit': present(false); break;
    }
  });
  controls.addEventListener('focusin', wakeControls);
  document.addEventListener('mousemove', function () { if (presenting()) wakeControls(); });
  document.addEventListener('fullscreenchange', updateControls);
  keysDialog.querySelector('[data-deck-keys-close]').addEventListener('click', function () { keysDialog.close(); });
  keysDialog.addEventListener('click', function (event) {
    if (event.target === keysDialog) keysDialog.close();
  });

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (keysDialog.open) return;
    if ((event.key === 'Enter' || event.key === ' ') && target && target.closest('a[href], button, summary')) return;
    if (inOverview()) {
      if (overviewKey(event.key)) event.preventDefault();
      return;
    }
    var on = presenting();
    switch (event.key) {
      case 'ArrowRight': case 'PageDown': case ' ': case 'Spacebar':
        if (on) next();
        else if (event.key === 'ArrowRight') startPresenting();
        else return;
        break;
      case 'ArrowLeft': case 'PageUp':
        if (on) previous();
        else if (event.key === 'ArrowLeft') startPresenting();
        else return;
        break;
      case 'Home': if (!on) return; show(0, 0); break;
      case 'End': if (!on) return; show(count - 1, fragments(count - 1).length); break;
      case 'o': case 'O': overview(true); break;
      case 'f': case 'F': startPresenting(); toggleFullscreen(); break;
      case 's': case 'S': if (!on || speaker) return; openSpeakerView(); break;
      case '?': showKeys(); break;
      case 'Escape':
        if (on && !speaker) present(false);
        else return;
        break;
      default: return;
    }
    event.preventDefault();
  });

  // Click zones while presenting: the left third of the slide goes back, the rest forward, except on links,
  // buttons and form fields, and not when the click ends a text selection.
  deck.addEventListener('click', function (event) {
    var slide = event.target.closest('.slide');
    if (inOverview()) {
      if (slide) openSelected(slides.indexOf(slide));
      return;
    }
    if (!presenting() || event.button !== 0) return;
    var interactive = event.target.closest('a[href], button, input, select, textarea, label, summary, iframe, '
      + 'video, audio, [contenteditable], [tabindex]');
    if (interactive && interactive !== deck) return;
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed && String(selection).trim() !== '') return;
    var box = slides[index].getBoundingClientRect();
    if (event.clientX < box.left + box.width / 3) previous();
    else next();
  });

  var touchX = null;
  var touchY = null;
  deck.addEventListener('touchstart', function (event) {
    if (event.touches.length !== 1) return;
    touchX = event.touches[0].clientX;
    touchY = event.touches[0].clientY;
  }, { passive: true });
  deck.addEventListener('touchend', function (event) {
    if (touchX === null || !presenting() || inOverview()) return;
    var dx = event.changedTouches[0].clientX - touchX;
    var dy = event.changedTouches[0].clientY - touchY;
    touchX = null;
    if (Math.abs(dx) > 50 && Math.abs(dx) > Math.abs(dy)) {
      if (dx < 0) next(); else previous();
    }
  });

  // A #N address presents slide N, whether the page opens with it or a link changes it later.
  window.addEventListener('hashchange', function () {
    var target = fromHash();
    if (target === null) return;
    if (!presenting()) {
      index = target;
      step = 0;
      present(true);
    }
    else if (target !== index) show(target, 0);
  });

  if (channel) {
    channel.onmessage = function (event) {
      var data = event.data || {};
      if (data.ask) {
        if (presenting() && !speaker) channel.postMessage({ index: index, step: step });
        return;
      }
      if (typeof data.index === 'number') show(data.index, data.step || 0, true);
    };
  }

  if (presentButton) presentButton.addEventListener('click', startPresenting);

  var start = fromHash();
  if (speaker) {
    // The speaker window opens at the presenter's slide and reveal step, then asks for the latest.
    setUpSpeaker();
    index = (start === null) ? 0 : start;
    step = Number(params.get('step')) || 0;
    present(true);
    if (channel) channel.postMessage({ ask: true });
  }
  else if (start !== null) {
    index = start;
    present(true);
  }
})();
