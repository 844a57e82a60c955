// The slide viewer. Without this script a deck reads as a column of slides; with it the page presents one
// slide at a time: keys, swipes, #N addresses, reveal steps, an overview grid, full screen and a speaker view
// kept in step through a BroadcastChannel.
(function () {
  'use strict';

  var deck = document.querySelector('.deck[data-slide-count]');
  if (!deck) return;
  var root = document.documentElement;
  var slides = Array.prototype.slice.call(deck.querySelectorAll(':scope > .slide'));
  var count = slides.length;
  var speaker = new URLSearchParams(location.search).get('view') === 'speaker';
  var channel = ('BroadcastChannel' in window) ? new BroadcastChannel('deck:' + deck.getAttribute('data-deck')) : null;
  var index = 0;
  var step = 0;

  var progress = document.createElement('div');
  progress.className = 'deck-progress';
  progress.setAttribute('aria-hidden', 'true');
  progress.appendChild(document.createElement('span'));
  var hud = document.createElement('div');
  hud.className = 'deck-hud';
  hud.setAttribute('aria-live', 'polite');
  document.body.appendChild(progress);
  document.body.appendChild(hud);

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

  function show(i, s, quiet) {
    index = Math.min(Math.max(i, 0), count - 1);
    var steps = fragments(index);
    step = Math.min(Math.max(s, 0), steps.length);
    slides.forEach(function (slide, k) {
      slide.classList.toggle('is-current', k === index);
      slide.classList.toggle('is-next', k === index + 1);
      if (root.classList.contains('deck-presenting')) {
        slide.setAttribute('aria-hidden', String(k !== index));
      }
      else {
        slide.removeAttribute('aria-hidden');
      }
    });
    steps.forEach(function (fragment, k) { fragment.classList.toggle('visible', k < step); });
    var hash = '#' + (index + 1);
    if (location.hash !== hash) history.replaceState(null, '', hash);
    progress.firstChild.style.width = ((index + 1) / count * 100) + '%';
    hud.textContent = (index + 1) + ' / ' + count;
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
    if (!on) {
      root.classList.remove('deck-overview');
      slides[index].scrollIntoView({ block: 'start' });
    }
    show(index, step, true);
  }

  function toggleOverview() {
    if (!root.classList.contains('deck-presenting')) present(true);
    var on = !root.classList.contains('deck-overview');
    root.classList.toggle('deck-overview', on);
    if (on) slides[index].scrollIntoView({ block: 'nearest' });
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) document.exitFullscreen();
    else if (root.requestFullscreen) root.requestFullscreen().catch(function () { /* refused: stay windowed */ });
  }

  function openSpeakerView() {
    var url = location.pathname + '?view=speaker#' + (index + 1);
    window.open(url, 'deck-speaker-' + deck.getAttribute('data-deck'), 'width=1200,height=760');
  }

  // Speaker view: the same page showing the current and next slide, the notes and a timer.
  var notesBox;
  var timerBox;
  function setUpSpeaker() {
    root.classList.add('deck-speaker');
    var panel = document.createElement('div');
    panel.className = 'deck-speaker-panel';
    timerBox = document.createElement('p');
    timerBox.className = 'deck-speaker-timer';
    notesBox = document.createElement('div');
    notesBox.className = 'deck-speaker-notes';
    panel.appendChild(timerBox);
    panel.appendChild(notesBox);
    document.body.appendChild(panel);
    var started = Date.now();
    var tick = function () {
      var seconds = Math.floor((Date.now() - started) / 1000);
      var minutes = Math.floor(seconds / 60);
      timerBox.textContent = minutes + ':' + String(seconds % 60).padStart(2, '0');
    };
    tick();
    setInterval(tick, 1000);
  }

  function updateSpeaker() {
    var notes = document.querySelector('.deck-notes [data-notes-for="' + (index + 1) + '"]');
    notesBox.innerHTML = '';
    if (notes) {
      Array.prototype.forEach.call(notes.childNodes, function (node) { notesBox.appendChild(node.cloneNode(true)); });
    }
    else {
      notesBox.textContent = 'No notes for this slide.';
    }
  }

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var presenting = root.classList.contains('deck-presenting');
    switch (event.key) {
      case 'ArrowRight': case 'PageDown': case ' ': case 'Spacebar':
        if (!presenting) present(true);
        next(); break;
      case 'ArrowLeft': case 'PageUp':
        if (!presenting) present(true);
        previous(); break;
      case 'Home': show(0, 0); break;
      case 'End': show(count - 1, fragments(count - 1).length); break;
      case 'o': case 'O': toggleOverview(); break;
      case 'f': case 'F': toggleFullscreen(); break;
      case 's': case 'S': if (!speaker) openSpeakerView(); break;
      case 'Escape':
        if (root.classList.contains('deck-overview')) root.classList.remove('deck-overview');
        else if (presenting && !speaker) present(false);
        else return;
        break;
      default: return;
    }
    event.preventDefault();
  });

  deck.addEventListener('click', function (event) {
    var slide = event.target.closest('.slide');
    if (!slide || !root.classList.contains('deck-overview')) return;
    root.classList.remove('deck-overview');
    show(slides.indexOf(slide), 0);
  });

  var touchX = null;
  var touchY = null;
  deck.addEventListener('touchstart', function (event) {
    if (event.touches.length !== 1) return;
    touchX = event.touches[0].clientX;
    touchY = event.touches[0].clientY;
  }, { passive: true });
  deck.addEventListener('touchend', function (event) {
    if (touchX === null || !root.classList.contains('deck-presenting')) return;
    var dx = event.changedTouches[0].clientX - touchX;
    var dy = event.changedTouches[0].clientY - touchY;
    touchX = null;
    if (Math.abs(dx) > 50 && Math.abs(dx) > Math.abs(dy)) {
      if (dx < 0) next(); else previous();
    }
  });

  window.addEventListener('hashchange', function () {
    var target = fromHash();
    if (target !== null && target !== index) show(target, 0);
  });

  if (channel) {
    channel.onmessage = function (event) {
      var data = event.data || {};
      if (typeof data.index === 'number') show(data.index, data.step || 0, true);
    };
  }

  var button = document.querySelector('[data-deck-present]');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', function () { present(true); });
  }

  if (speaker) setUpSpeaker();
  var start = fromHash();
  index = (start === null) ? 0 : start;
  present(true);
})();
