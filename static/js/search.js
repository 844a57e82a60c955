// Search as you type, on top of a search form that works without JavaScript. Follows the ARIA combobox pattern:
// the input owns a listbox of suggestions; Up/Down choose, Enter opens the chosen one (or submits the form for
// the full results page), Escape closes. Suggestions come from the JSON endpoint named by data-search-live.
(function () {
  'use strict';

  var DELAY = 150;

  // Copies a server snippet (escaped text with <mark> elements) as text and marks only: nothing else survives.
  function snippetNodes(html) {
    var parsed = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html').body;
    var fragment = document.createDocumentFragment();
    parsed.querySelectorAll('p').forEach(function (p) {
      p.childNodes.forEach(function (node) {
        if (node.nodeName === 'MARK') {
          var mark = document.createElement('mark');
          mark.textContent = node.textContent;
          fragment.appendChild(mark);
        } else {
          fragment.appendChild(document.createTextNode(node.textContent));
        }
      });
    });
    return fragment;
  }

  function enhance(input) {
    var endpoint = input.getAttribute('data-search-live');
    var form = input.form;
    var listId = input.id + '-listbox';
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'search-suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.getAttribute('data-search-listbox-label') || 'Suggestions');
    list.hidden = true;
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    form.appendChild(list);
    form.appendChild(status);
    form.classList.add('is-live');

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);

    var hits = [];
    var active = -1;
    var timer = null;
    var pending = null;
    var latest = '';

    function open() {
      list.hidden = hits.length === 0 || document.activeElement !== input;
      input.setAttribute('aria-expanded', String(!list.hidden));
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      setActive(-1);
    }

    function setActive(index) {
      var options = list.querySelectorAll('[role="option"]');
      options.forEach(function (option, i) { option.setAttribute('aria-selected', String(i === index)); });
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function announce(count) {
      var message = count === 0 ? input.getAttribute('data-search-none')
        : count === 1 ? input.getAttribute('data-search-one') : input.getAttribute('data-search-many');
      status.textContent = (message || '').replace('{n}', String(count));
    }

    function render(results) {
      hits = results;
      list.textContent = '';
      results.forEach(function (hit, i) {
        var option = document.createElement('li');
        option.id = listId + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.className = 'search-suggestion kind-' + hit.kind;
        option.setAttribute('data-url', hit.url);
        var title = document.createElement('span');
        title.className = 'search-suggestion-title';
        var kind = input.getAttribute('data-kind-' + hit.kind);
        if (kind) {
          var badge = document.createElement('span');
          badge.className = 'search-suggestion-kind';
          badge.textContent = kind;
          title.appendChild(badge);
          title.appendChild(document.createTextNode(' '));
        }
        title.appendChild(document.createTextNode(hit.title));
        var snippet = document.createElement('span');
        snippet.className = 'search-suggestion-snippet';
        snippet.appendChild(snippetNodes(hit.snippet));
        option.appendChild(title);
        option.appendChild(snippet);
        option.addEventListener('mousedown', function (event) { event.preventDefault(); });
        option.addEventListener('click', function () { go(i); });
        list.appendChild(option);
      });
      active = -1;
      open();
      announce(results.length);
    }

    function go(index) {
      var hit = hits[index];
      if (!hit) return;
      close();
      window.location.assign(hit.url);
    }

    function fetchResults() {
      var query = input.value.trim();
      latest = query;
      if (pending) pending.abort();
      if (!query) {
        render([]);
        status.textContent = '';
        return;
      }
      pending = 'AbortController' in window ? new AbortController() : null;
      fetch(endpoint + '?q=' + encodeURIComponent(query), {
        headers: { Accept: 'application/json' },
        signal: pending ? pending.signal : undefined
      }).then(function (response) {
        return response.ok ? response.json() : { results: [] };
      }).then(function (data) {
        if (query === latest) render(data.results || []);
      }).catch(function () { /* aborted or offline: the form still works */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fetchResults, DELAY);
    });

    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (!hits.length) return;
        event.preventDefault();
        if (list.hidden) open();
        var step = event.key === 'ArrowDown' ? 1 : -1;
        var next = active + step;
        if (next >= hits.length) next = 0;
        if (next < 0) next = hits.length - 1;
        setActive(next);
      } else if (event.key === 'Enter') {
        if (!list.hidden && active >= 0) {
          event.preventDefault();
          go(active);
        }
      } else if (event.key === 'Escape') {
        // Also drop a search still on its way, so its answer cannot reopen the list.
        clearTimeout(timer);
        if (pending) pending.abort();
        latest = null;
        if (!list.hidden) {
          event.preventDefault();
          close();
        }
      }
    });

    input.addEventListener('focus', function () {
      if (hits.length && input.value.trim() === latest) open();
      else if (input.value.trim()) fetchResults();
    });
    input.addEventListener('blur', function () { close(); });
  }

  document.querySelectorAll('input[data-search-live]').forEach(enhance);
})();
