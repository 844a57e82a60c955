// Search as you type, on top of a search form that works without JavaScript. Follows the ARIA combobox pattern:
// the input owns a listbox of suggestions; Up/Down choose, Enter opens the chosen one (or submits the form for
// the full results page), Escape closes. Suggestions come from the JSON endpoint named by data-search-live.
(function () {
  'use strict';

  var DELAY = 150;
  var LIVE = 8;

  // ---- Search without the server: a static copy of the site carries its index in search-index/ (written by
  // `export` from the server's Lucene index). Terms, stems and scores all come from Lucene; here they are only
  // looked up and added up, the way the server's query adds them: every word must match in some field, a word
  // also matches with typos (for a fifth of the weight) and, while being typed, as the start of a longer word.
  var SCRIPT = document.currentScript && document.currentScript.src;
  var ROOT = SCRIPT ? new URL('../', SCRIPT).href : new URL('/', window.location.href).href;
  var STOP = ['a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no',
    'not', 'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was',
    'will', 'with'];
  var CJK_STOP = STOP.concat(['s', 't', 'www']);
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
  var SNIPPET = 180;

  function StaticIndex(root) {
    this.base = root + 'search-index/';
    this.files = {};
  }

  StaticIndex.prototype.load = function (path) {
    if (!this.files[path]) {
      this.files[path] = fetch(this.base + path).then(function (response) {
        if (!response.ok) throw new Error(path + ': ' + response.status);
        return response.json();
      });
    }
    return this.files[path];
  };

  // The file name part for a term's first letters, as StaticSearchIndex.key writes it.
  function key(term, letters) {
    var first = term.charAt(0);
    if (!/[a-z0-9]/.test(first)) return '_' + (term.charCodeAt(0) % 32).toString(36);
    var out = first;
    for (var i = 1; i < Math.min(letters, term.length); i++) {
      out += /[a-z0-9]/.test(term.charAt(i)) ? term.charAt(i) : '_';
    }
    return out;
  }

  var FOLDS = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i' };
  function fold(word) {
    return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ßæœøłđðþı]/g, function (c) {
      return FOLDS[c];
    });
  }

  // A word cut into tokens as Lucene's standard tokenizer cuts it: Latin words and numbers whole, each run of
  // Japanese script apart (the Japanese fields hold its pairs of characters).
  function tokens(word) {
    var out = [];
    var runs = word.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}\p{M}ー]+(?:['’.][\p{L}\p{N}]+)*/gu) || [];
    runs.forEach(function (run) {
      var latin = '';
      var cjk = '';
      Array.from(run).forEach(function (c) {
        if (CJK.test(c)) {
          if (latin) { out.push({ text: latin }); latin = ''; }
          cjk += c;
        } else {
          if (cjk) { out.push({ text: cjk, cjk: true }); cjk = ''; }
          latin += c;
        }
      });
      if (latin) out.push({ text: latin.replace(/’/g, '\'').replace(/'s$/, '') });
      if (cjk) out.push({ text: cjk, cjk: true });
    });
    return out;
  }

  function bigrams(run) {
    var chars = Array.from(run);
    if (chars.length === 1) return chars;
    var out = [];
    for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    return out;
  }

  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var d = [];
    for (var i = 0; i <= a.length; i++) { d[i] = [i]; }
    for (var j = 0; j <= b.length; j++) { d[0][j] = j; }
    for (i = 1; i <= a.length; i++) {
      var best = max + 1;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
        best = Math.min(best, d[i][j]);
      }
      if (best > max) return max + 1;
    }
    return d[a.length][b.length];
  }

  function maxEdits(term) {
    var length = Array.from(term).length;
    return length < 4 ? 0 : length < 7 ? 1 : 2;
  }

  // The English terms of a word from the vocabulary: its stems, [] for a stop word, null if the text never has it.
  function stems(vocabulary, word) {
    var entry = vocabulary[word];
    if (entry === undefined) entry = vocabulary[fold(word)];
    if (entry === undefined) return null;
    if (entry === 0) return [];
    if (entry === 1) return [vocabulary[word] !== undefined ? word : fold(word)];
    return entry.split(' ');
  }

  StaticIndex.prototype.vocabulary = function (word) {
    return this.load('v/' + key(fold(word), 1) + '.json').catch(function () { return {}; });
  };

  StaticIndex.prototype.postings = function (terms) {
    var self = this;
    var keys = {};
    terms.forEach(function (term) { keys[key(term, 2)] = true; });
    return Promise.all(Object.keys(keys).map(function (k) {
      return self.meta.postings.indexOf(k) >= 0 ? self.load('p/' + k + '.json') : Promise.resolve({});
    })).then(function (shards) {
      var all = {};
      shards.forEach(function (shard) { Object.assign(all, shard); });
      return all;
    });
  };

  // What one word of the query asks for: per field code, the tokens (each a list of terms, any of which counts)
  // that must all be there; terms with typos; and the words it may be the start of.
  StaticIndex.prototype.plan = function (word, quoted, last, position) {
    var self = this;
    var parts = tokens(word);
    var latin = parts.filter(function (p) { return !p.cjk; });
    return Promise.all(latin.map(function (p) { return self.vocabulary(p.text); })).then(function (vocabularies) {
      var plan = { fields: {}, fuzzy: [], prefix: [], marks: [], cjk: [] };
      var english = [];
      var complete = true;
      latin.forEach(function (p, i) {
        var found = stems(vocabularies[i], p.text);
        if (found === null) found = [fold(p.text)];
        if (found.length) english.push(found);
        plan.marks.push(p.text, fold(p.text));
      });
      if (parts.some(function (p) { return p.cjk; })) complete = false;
      if (english.length && complete) ['t', 'h', 'c', 'b'].forEach(function (f) { plan.fields[f] = english; });
      var japanese = [];
      parts.forEach(function (p) {
        if (p.cjk) {
          bigrams(p.text).forEach(function (pair) { japanese.push([pair]); });
          plan.cjk.push(p.text);
        } else if (CJK_STOP.indexOf(p.text) < 0) {
          japanese.push([p.text]);
        }
      });
      if (japanese.length) ['T', 'H', 'C', 'B'].forEach(function (f) { plan.fields[f] = japanese; });
      var vocabulary = vocabularies[0] || {};
      if (!quoted && position < self.meta.maxFuzzyWords && /^\p{Script=Latin}{4,}$/u.test(word)) {
        var own = stems(vocabulary, word.toLowerCase());
        if (own === null) own = [fold(word.toLowerCase())];
        own.forEach(function (stem) {
          var edits = maxEdits(stem);
          if (!edits) return;
          var candidates = {};
          var typed = fold(word.toLowerCase());
          var typedEdits = maxEdits(typed);
          // Typos are looked for among the terms, as the server does, and among the words as written, which
          // stands in for stemming a misspelt word the text never has ("bradly" for "bradley").
          Object.keys(vocabulary).forEach(function (surface) {
            var near = surface.charAt(0) === typed.charAt(0) ? editDistance(surface, typed, typedEdits) : 99;
            (stems(vocabulary, surface) || []).forEach(function (term) {
              if (term.charAt(0) !== stem.charAt(0)) return;
              var distance = Math.min(editDistance(term, stem, edits), near);
              if (distance <= Math.max(edits, typedEdits) && !(candidates[term] <= distance)) {
                candidates[term] = distance;
              }
            });
          });
          Object.keys(candidates).sort(function (a, b) {
            return candidates[a] - candidates[b] || (a < b ? -1 : 1);
          }).slice(0, 10).forEach(function (term) {
            var length = Math.min(Array.from(term).length, Array.from(stem).length);
            plan.fuzzy.push({ term: term, boost: 1 - candidates[term] / length });
          });
        });
      }
      if (last && /^[\p{L}\p{N}]{2,}$/u.test(word) && !CJK.test(word)) {
        var start = fold(word.toLowerCase());
        Object.keys(vocabulary).forEach(function (surface) {
          if (surface.lastIndexOf(start, 0) === 0) {
            plan.prefix.push(surface);
            (stems(vocabulary, surface) || []).forEach(function (term) { plan.prefix.push(term); });
          }
        });
      }
      plan.vocabulary = vocabulary;
      var empty = !Object.keys(plan.fields).length && !plan.fuzzy.length && !plan.prefix.length;
      return empty ? null : plan;
    });
  };

  function termsOf(plan) {
    var terms = [];
    Object.keys(plan.fields).forEach(function (f) {
      plan.fields[f].forEach(function (alternatives) { terms.push.apply(terms, alternatives); });
    });
    plan.fuzzy.forEach(function (f) { terms.push(f.term); });
    return terms.concat(plan.prefix);
  }

  // Scores of one word's plan: document number to score, for the documents it matches.
  StaticIndex.prototype.score = function (plan, postings) {
    var meta = this.meta;
    var scores = {};
    function add(doc, value) { scores[doc] = (scores[doc] || 0) + value; }
    Object.keys(plan.fields).forEach(function (f) {
      var perDoc = null;
      plan.fields[f].forEach(function (alternatives) {
        var here = {};
        alternatives.forEach(function (term) {
          var list = postings[term] && postings[term][f];
          for (var i = 0; list && i < list.length; i += 2) here[list[i]] = (here[list[i]] || 0) + list[i + 1];
        });
        if (perDoc === null) { perDoc = here; return; }
        var both = {};
        Object.keys(perDoc).forEach(function (doc) { if (doc in here) both[doc] = perDoc[doc] + here[doc]; });
        perDoc = both;
      });
      Object.keys(perDoc || {}).forEach(function (doc) { add(doc, perDoc[doc] / 100 * meta.boosts[f]); });
    });
    plan.fuzzy.forEach(function (fuzzy) {
      meta.fuzzyFields.split('').forEach(function (f) {
        var list = postings[fuzzy.term] && postings[fuzzy.term][f];
        for (var i = 0; list && i < list.length; i += 2) {
          add(list[i], list[i + 1] / 100 * meta.boosts[f] * meta.fuzzyWeight * fuzzy.boost);
        }
      });
    });
    var prefixed = {};
    plan.prefix.forEach(function (term) {
      ['t', 'h', 'b', 'T', 'H', 'B'].forEach(function (f) {
        var list = postings[term] && postings[term][f];
        for (var i = 0; list && i < list.length; i += 2) prefixed[list[i]] = true;
      });
    });
    Object.keys(prefixed).forEach(function (doc) { add(doc, meta.prefixWeight); });
    return scores;
  };

  // Every hit for an input, best first, each as [document number, score]; null when nothing in it can match.
  StaticIndex.prototype.search = function (input) {
    var self = this;
    var text = input.replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, ' ').trim();
    if ((text.match(/"/g) || []).length % 2) text = text.replace(/"/g, ' ');
    var words = [];
    var pattern = /"([^"]*)"|(\S+)/gu;
    var match;
    while ((match = pattern.exec(text)) && words.length < 24) {
      var quoted = match[1] !== undefined;
      var word = Array.from(quoted ? match[1] : match[2]).slice(0, 64).join('');
      words.push({ word: word, quoted: quoted, last: pattern.lastIndex === text.length && !quoted });
    }
    return this.ready().then(function () {
      return Promise.all(words.map(function (w, i) { return self.plan(w.word, w.quoted, w.last, i); }));
    }).then(function (plans) {
      plans = plans.filter(Boolean);
      if (!plans.length) return null;
      var terms = [];
      plans.forEach(function (plan) { terms = terms.concat(termsOf(plan)); });
      return self.postings(terms).then(function (postings) {
        var total = null;
        plans.forEach(function (plan) {
          var scores = self.score(plan, postings);
          if (total === null) { total = scores; return; }
          var both = {};
          Object.keys(total).forEach(function (doc) { if (doc in scores) both[doc] = total[doc] + scores[doc]; });
          total = both;
        });
        var hits = Object.keys(total).map(function (doc) {
          var kind = self.docs[doc][2];
          return [Number(doc), total[doc] * (kind === 'deck' ? self.meta.deckWeight : 1)];
        });
        hits.sort(function (a, b) { return (b[1] - a[1]) || (a[0] - b[0]); });
        return { hits: hits, plans: plans };
      });
    });
  };

  StaticIndex.prototype.ready = function () {
    var self = this;
    if (!this.loaded) {
      this.loaded = Promise.all([this.load('meta.json'), this.load('docs.json')]).then(function (both) {
        self.meta = both[0];
        self.docs = both[1];
      });
    }
    return this.loaded;
  };

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }[c];
    });
  }

  function endsSentence(text) {
    return /(^|[.!?:。！？：])["'”’)\]」』）]*\s*$/.test(text);
  }

  // The passage of a text around its first match, escaped, with the matches marked and "…" where a sentence was cut.
  function snippet(text, found) {
    var marks = {};
    var cjk = [];
    found.plans.forEach(function (plan) {
      plan.marks.forEach(function (m) { marks[m] = true; });
      cjk = cjk.concat(plan.cjk);
      var terms = {};
      termsOf(plan).forEach(function (t) { terms[t] = true; });
      Object.keys(plan.vocabulary).forEach(function (surface) {
        if ((stems(plan.vocabulary, surface) || []).some(function (t) { return terms[t]; })) marks[surface] = true;
      });
      plan.prefix.forEach(function (p) { marks[p] = true; });
    });
    var ranges = [];
    var word = /[\p{L}\p{N}\p{M}]+(?:['’.][\p{L}\p{N}]+)*/gu;
    var m;
    while ((m = word.exec(text))) {
      var lower = m[0].toLowerCase();
      if (marks[lower] || marks[fold(lower)] || marks[lower.replace(/['’]s$/, '')]) {
        ranges.push([m.index, m.index + m[0].length]);
      }
    }
    cjk.forEach(function (run) {
      for (var at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + run.length)) {
        ranges.push([at, at + run.length]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var start = 0;
    if (ranges.length && text.length > SNIPPET) {
      start = Math.max(0, ranges[0][0] - 40);
      var sentence = Math.max(text.lastIndexOf('. ', ranges[0][0]), text.lastIndexOf('。', ranges[0][0]));
      if (sentence >= start - 60 && sentence >= 0) start = sentence + (text.charAt(sentence) === '。' ? 1 : 2);
      else if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) {
      var space = text.lastIndexOf(' ', end);
      if (space > start + SNIPPET / 2) end = space;
    }
    var out = start > 0 && !endsSentence(text.slice(0, start)) ? '… ' : '';
    var at = start;
    ranges.forEach(function (r) {
      if (r[0] < at || r[1] > end) return;
      out += escapeHtml(text.slice(at, r[0])) + '<mark>' + escapeHtml(text.slice(r[0], r[1])) + '</mark>';
      at = r[1];
    });
    out += escapeHtml(text.slice(at, end));
    var passage = text.slice(start, end);
    if (end < text.length && !endsSentence(passage) && !/…\s*$/.test(passage)) out += ' …';
    return out.trim();
  }

  // Hits from..to of a search as the server's JSON has them: title, url (relative to the site's root), snippet, kind.
  StaticIndex.prototype.hits = function (found, from, to) {
    var self = this;
    var chosen = found.hits.slice(from, to);
    var per = this.meta.textsPerFile;
    return Promise.all(chosen.map(function (hit) {
      return self.load('text/' + Math.floor(hit[0] / per) + '.json');
    })).then(function (texts) {
      return chosen.map(function (hit, i) {
        var doc = self.docs[hit[0]];
        return {
          title: doc[1], url: ROOT + doc[0].replace(/^\//, ''), snippet: snippet(texts[i][hit[0] % per], found),
          kind: doc[2]
        };
      });
    });
  };

  var staticIndex = null;
  function getStaticIndex() {
    if (!staticIndex) staticIndex = new StaticIndex(ROOT);
    return staticIndex;
  }

  // Results as the server's /search.json gives them, from the static index.
  function staticResults(query, limit) {
    var index = getStaticIndex();
    return index.search(query).then(function (found) {
      if (!found) return { total: 0, results: [] };
      return index.hits(found, 0, limit).then(function (hits) { return { total: found.hits.length, results: hits }; });
    });
  }

  // Whether this copy of the site has no server behind it: a page may say so, else the first search finds out.
  var isStatic = document.querySelector('[data-static-search]') ? true : null;

  function staticSearchPage(form) {
    var action = form.getAttribute('action') || '/search';
    return ROOT + action.replace(/^\//, '').replace(/\/?$/, '/');
  }

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

    function render(results, total) {
      hits = results.slice();
      if (total > results.length && input.getAttribute('data-search-more')) {
        hits.push({ more: true, title: input.getAttribute('data-search-more').replace('{n}', String(total)) });
      }
      list.textContent = '';
      hits.forEach(function (hit, i) {
        if (hit.more) {
          var more = document.createElement('li');
          more.id = listId + '-' + i;
          more.setAttribute('role', 'option');
          more.setAttribute('aria-selected', 'false');
          more.className = 'search-suggestion search-suggestion-more';
          more.textContent = hit.title;
          more.addEventListener('mousedown', function (event) { event.preventDefault(); });
          more.addEventListener('click', function () { go(i); });
          list.appendChild(more);
          return;
        }
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
      announce(Math.max(total || 0, results.length));
    }

    function go(index) {
      var hit = hits[index];
      if (!hit) return;
      close();
      if (hit.more) {
        if (form.requestSubmit) form.requestSubmit(); else form.submit();
        return;
      }
      window.location.assign(hit.url);
    }

    function fetchResults() {
      var query = input.value.trim();
      latest = query;
      if (pending) pending.abort();
      if (!query) {
        render([], 0);
        status.textContent = '';
        return;
      }
      pending = 'AbortController' in window ? new AbortController() : null;
      var answer = isStatic ? staticResults(query, LIVE) : fetch(endpoint + '?q=' + encodeURIComponent(query), {
        headers: { Accept: 'application/json' },
        signal: pending ? pending.signal : undefined
      }).then(function (response) {
        if (response.status === 404) {
          isStatic = true;
          return staticResults(query, LIVE);
        }
        isStatic = false;
        return response.ok ? response.json() : { results: [] };
      });
      answer.then(function (data) {
        if (query === latest) render(data.results || [], data.total || 0);
      }).catch(function () { /* aborted or offline: the form still works */ });
    }

    // Without a server, the form goes to the exported search page, which searches in the browser.
    form.addEventListener('submit', function (event) {
      var query = input.value.trim();
      if (isStatic === false) return;
      event.preventDefault();
      var goStatic = function () { window.location.assign(staticSearchPage(form) + '?q=' + encodeURIComponent(query)); };
      if (isStatic) {
        goStatic();
        return;
      }
      fetch(endpoint + '?q=' + encodeURIComponent(query), { headers: { Accept: 'application/json' } })
        .then(function (response) {
          isStatic = response.status === 404;
          if (isStatic) goStatic(); else form.submit();
        }).catch(function () { form.submit(); });
    });

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

  // The exported search page: reads ?q=, shows every hit twenty at a time, and searches again from its form.
  function staticPage(marker) {
    var main = marker.closest('main');
    var form = main.querySelector('form');
    var input = main.querySelector('input[type=search]');
    var status = main.querySelector('.search-status');
    var query = (new URLSearchParams(window.location.search).get('q') || '').trim();
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      window.location.assign(staticSearchPage(form) + '?q=' + encodeURIComponent(input.value.trim()));
    });
    input.value = query;
    if (!query) return;
    var list = document.createElement('ol');
    list.className = 'search-results';
    var more = document.createElement('button');
    more.type = 'button';
    more.className = 'search-more';
    more.textContent = marker.getAttribute('data-more');
    status.textContent = marker.getAttribute('data-searching');
    var index = getStaticIndex();
    index.search(query).then(function (found) {
      var total = found ? found.hits.length : 0;
      var message = !found ? marker.getAttribute('data-nothing') : total === 0 ? marker.getAttribute('data-none')
        : total === 1 ? marker.getAttribute('data-one') : marker.getAttribute('data-many');
      status.textContent = message.replace('{n}', total.toLocaleString()).replace('{q}', query);
      document.title = query + ' · ' + document.title;
      if (!total) return;
      status.after(list);
      var shown = 0;
      function showMore() {
        index.hits(found, shown, shown + 20).then(function (hits) {
          hits.forEach(function (hit) {
            var item = document.createElement('li');
            item.className = 'search-hit kind-' + hit.kind;
            var kind = document.createElement('p');
            kind.className = 'search-hit-kind meta';
            kind.textContent = marker.getAttribute('data-kind-' + hit.kind) || hit.kind;
            var title = document.createElement('h2');
            title.className = 'search-hit-title';
            var link = document.createElement('a');
            link.href = hit.url;
            link.textContent = hit.title;
            title.appendChild(link);
            var text = document.createElement('p');
            text.className = 'search-hit-snippet';
            text.appendChild(snippetNodes(hit.snippet));
            item.appendChild(kind);
            item.appendChild(title);
            item.appendChild(text);
            list.appendChild(item);
          });
          var first = list.children[shown];
          shown += hits.length;
          if (shown < total) list.after(more); else more.remove();
          if (first && shown > 20) first.querySelector('a').focus();
        });
      }
      more.addEventListener('click', showMore);
      showMore();
    }).catch(function () {
      status.textContent = marker.getAttribute('data-failed');
    });
  }

  document.querySelectorAll('input[data-search-live]').forEach(enhance);
  document.querySelectorAll('[data-static-search]').forEach(staticPage);
})();
