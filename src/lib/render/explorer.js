/*
 * explorer.js - the explorer page's script (explorer.c inlines it after Cytoscape.js). It reads the
 * page's data (explorer_data.c: nodes with Graphviz's coordinates, merged edges with their
 * evidence, the studies, the styles of styles.c) and draws it. Every text from the data enters the
 * page as text (textContent), never as markup. window.mgExplorer is what tests and scripts drive.
 */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('mg-data').textContent);
  var $ = function (id) { return document.getElementById(id); };
  var refs = data.refs || [];

  /* ---- Graphviz's shapes and arrowheads (styles.c) in Cytoscape's terms ---- */
  var SHAPES = {
    ellipse: ['ellipse'], box: ['round-rectangle'], box3d: ['cut-rectangle'], hexagon: ['hexagon'],
    cds: ['tag'], octagon: ['octagon'], tab: ['bottom-round-rectangle'],
    note: ['polygon', '-1 -1 0.6 -1 1 -0.5 1 1 -1 1'],
    invhouse: ['polygon', '-1 -1 1 -1 1 0.3 0 1 -1 0.3']
  };
  var ARROWS = { normal: ['triangle', 'filled'], tee: ['tee', 'filled'], odiamond: ['diamond', 'hollow'], onormal: ['triangle', 'hollow'] };
  var GLYPHS = { normal: '\u2192', tee: '\u22a3', odiamond: '\u25c7', onormal: '\u25b7' };

  /* node sizes as Graphviz makes them: the label's width in 11 px Helvetica, plus a margin */
  var measure = document.createElement('canvas').getContext('2d');
  function labelWidth(text, bold) {
    measure.font = (bold ? 'bold ' : '') + '11px Helvetica, Arial, sans-serif';
    return Math.ceil(measure.measureText(text).width);
  }

  /* ---- names, as the search box and the path field resolve them ---- */
  function key(text) { return String(text).toLowerCase().replace(/[\s_\-]+/g, ''); }
  var byName = {};
  function addName(name, i) {
    var k = key(name);
    if (!k) return;
    var list = byName[k] || (byName[k] = []);
    if (list.indexOf(i) < 0) list.push(i);
  }
  data.nodes.forEach(function (n, i) {
    addName(n.id, i);
    addName(n.label, i);
    (n.syn || []).forEach(function (s) { addName(s, i); });
  });
  /* the nodes a name means: its id, label or a synonym, ignoring case, spaces, '-' and '_';
   * else every node whose names contain it */
  function resolve(text) {
    var k = key(text);
    if (!k) return [];
    if (byName[k]) return byName[k].slice();
    var found = [];
    Object.keys(byName).forEach(function (name) {
      if (name.indexOf(k) >= 0) byName[name].forEach(function (i) { if (found.indexOf(i) < 0) found.push(i); });
    });
    return found.sort(function (a, b) { return a - b; });
  }
  var names = $('mg-names');
  data.nodes.forEach(function (n) {
    [n.label].concat(n.id !== n.label ? [n.id] : [], n.syn || []).forEach(function (s) {
      var o = document.createElement('option');
      o.value = s;
      names.appendChild(o);
    });
  });

  /* ---- the elements ---- */
  var placed = data.nodes.every(function (n) { return typeof n.x === 'number'; });
  var elements = data.nodes.map(function (n, i) {
    var w = labelWidth(n.label, n.em) + 16;
    var el = { group: 'nodes', data: { id: 'n' + i, i: i, label: n.label, type: n.type, w: w, h: 22 } };
    if (n.em) el.data.em = 1;
    if (placed) el.position = { x: n.x, y: n.y };
    return el;
  });
  data.edges.forEach(function (e, k) {
    elements.push({ group: 'edges', data: { id: 'e' + k, k: k, source: 'n' + e.s, target: 'n' + e.t, c: e.c } });
  });

  var style = [
    { selector: 'node', style: {
      label: 'data(label)', 'font-size': 11, 'font-family': 'Helvetica, Arial, sans-serif', 'text-valign': 'center',
      'text-halign': 'center', width: 'data(w)', height: 'data(h)', 'border-width': 1, 'border-color': '#333333' } },
    { selector: 'node[?em]', style: { 'border-width': 3, 'font-weight': 'bold' } },
    { selector: 'edge', style: { width: 1.4, 'curve-style': 'bezier', 'arrow-scale': 0.9 } }
  ];
  Object.keys(data.types).forEach(function (t) {
    var st = data.types[t], shape = SHAPES[st.shape] || ['ellipse'];
    var s = { 'background-color': st.fill, color: st.font, shape: shape[0] };
    if (shape[1]) s['shape-polygon-points'] = shape[1];
    if (st.peripheries > 1) { s['border-style'] = 'double'; s['border-width'] = 4; }
    style.push({ selector: 'node[type = "' + t + '"]', style: s });
  });
  data.classes.forEach(function (c, i) {
    var a = ARROWS[c.arrowhead] || ARROWS.normal;
    style.push({ selector: 'edge[c = ' + i + ']', style: {
      'line-color': c.color, 'target-arrow-color': c.color, 'target-arrow-shape': a[0], 'target-arrow-fill': a[1],
      'line-style': c.style === 'dotted' ? 'dotted' : c.style === 'dashed' ? 'dashed' : 'solid' } });
  });
  style.push(
    { selector: 'node[?em][type = "vesicle"]', style: { 'border-width': 5 } },
    { selector: '.gone', style: { display: 'none' } },
    { selector: '.faded, .dim', style: { opacity: 0.15 } },
    { selector: 'node.path', style: { 'border-width': 3, 'border-color': '#000000', 'underlay-color': '#E69F00', 'underlay-padding': 5, 'underlay-opacity': 0.55 } },
    { selector: 'edge.path', style: { width: 4, 'z-index': 10 } },
    { selector: 'node.hit', style: { 'border-width': 3, 'border-color': '#000000', 'underlay-color': '#0072B2', 'underlay-padding': 9, 'underlay-opacity': 0.45, 'z-index': 20 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000000', 'underlay-color': '#000000', 'underlay-padding': 5, 'underlay-opacity': 0.25 } },
    { selector: 'edge:selected', style: { width: 4, 'underlay-color': '#000000', 'underlay-padding': 4, 'underlay-opacity': 0.25 } }
  );

  var cy = cytoscape({
    container: $('cy'), elements: elements, style: style, minZoom: 0.05, maxZoom: 4,
    layout: placed ? { name: 'preset', fit: true, padding: 20 } : { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true },
    boxSelectionEnabled: false
  });

  function node(i) { return cy.getElementById('n' + i); }
  function nodeLabel(i) { return data.nodes[i].label; }

  /* ---- the evidence panel ---- */
  var panel = $('panel'), panelBody = $('panel-body');
  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text != null) x.textContent = text;
    if (cls) x.className = cls;
    return x;
  }
  function studyLink(r) {
    var ref = refs[r];
    if (!ref) return el('span', '(unknown study)');
    if (!ref.url) return el('span', ref.cite || ref.id);
    var a = el('a', ref.cite || ref.id);
    a.href = ref.url;
    a.target = '_blank';
    a.rel = 'noopener';
    if (ref.citation) a.title = ref.citation;
    return a;
  }
  function cautionList(parent, list, what) {
    (list || []).forEach(function (c) { parent.appendChild(el('div', 'Caution' + what + ' (' + c[0] + '): ' + c[1], 'caution')); });
  }
  /* the panel takes room from the network: Cytoscape follows its box (below) */
  function openPanel(title) {
    panelBody.textContent = '';
    panelBody.appendChild(el('h2', title));
    panel.hidden = false;
    follow();
    return panelBody;
  }
  /* what the panel shows stands out: the rest is dimmed until the panel closes */
  function focusOn(eles) {
    cy.elements().removeClass('dim');
    cy.elements().not(eles).addClass('dim');
  }
  function closePanel() {
    panel.hidden = true;
    follow();
    cy.elements().unselect().removeClass('dim');
    $('cy').focus();
  }
  $('panel-close').addEventListener('click', closePanel);
  /* the network's box changes with the panel and the window: Cytoscape follows it */
  var box = [$('cy').clientWidth, $('cy').clientHeight];
  function follow() {
    var now = [$('cy').clientWidth, $('cy').clientHeight];
    if (now[0] !== box[0] || now[1] !== box[1]) { box = now; cy.resize(); }
  }
  if (window.ResizeObserver) new ResizeObserver(follow).observe($('cy'));
  else window.addEventListener('resize', follow);

  function showEdge(k) {
    var e = data.edges[k], c = data.classes[e.c];
    var p = openPanel(nodeLabel(e.s) + ' ' + (e.rel || c.name) + ' ' + nodeLabel(e.t));
    cy.elements().unselect();
    var edge = cy.getElementById('e' + k);
    edge.select();
    focusOn(edge.union(edge.connectedNodes()));
    p.appendChild(el('p', c.meaning, 'note'));
    p.appendChild(el('h3', (e.ev.length || 'No') + ' piece' + (e.ev.length === 1 ? '' : 's') + ' of evidence'));
    e.ev.forEach(function (ev) {
      var box = el('div', null, 'ev'), head = el('div');
      head.appendChild(studyLink(ev.ref));
      head.appendChild(document.createTextNode(': ' + ev.rel));
      box.appendChild(head);
      var ref = refs[ev.ref];
      var dl = el('dl');
      function row(name, value, node) {
        if (value == null && !node) return;
        dl.appendChild(el('dt', name));
        var dd = el('dd', node ? null : value);
        if (node) dd.appendChild(node);
        dl.appendChild(dd);
      }
      if (ref && ref.doi) {
        var a = el('a', ref.doi);
        a.href = ref.url; a.target = '_blank'; a.rel = 'noopener';
        row('DOI', null, a);
      }
      if (ev.review != null && refs[ev.review]) {
        row('review', (refs[ev.review].cite || refs[ev.review].id) + (ev.where ? ', ' + ev.where : ''));
      } else {
        row('where', ev.where);
      }
      row('organism', ev.organism);
      row('system', ev.system);
      row('disease', ev.disease);
      row('cell', ev.cell);
      row('model', ev.model);
      row('note', ev.note);
      box.appendChild(dl);
      cautionList(box, ev.cautions, '');
      if (ref) cautionList(box, ref.cautions, ' on the citation');
      p.appendChild(box);
    });
  }

  function showNode(i) {
    var n = data.nodes[i], t = data.types[n.type] || {};
    var p = openPanel(n.label);
    cy.elements().unselect();
    node(i).select();
    focusOn(node(i).closedNeighborhood().not('.gone'));
    var dl = el('dl');
    [['type', n.type + (t.meaning ? ' (' + t.meaning + ')' : '')], ['id', n.id],
     ['synonyms', (n.syn || []).join(', ') || null], ['xrefs', (n.xrefs || []).join(', ') || null], ['note', n.note]]
      .forEach(function (r) { if (r[1]) { dl.appendChild(el('dt', r[0])); dl.appendChild(el('dd', r[1])); } });
    p.appendChild(dl);
    var edges = [];
    data.edges.forEach(function (e, k) { if ((e.s === i || e.t === i) && !cy.getElementById('e' + k).hasClass('gone')) edges.push(k); });
    p.appendChild(el('h3', edges.length + ' edge' + (edges.length === 1 ? '' : 's') + ' shown (choose one for its evidence)'));
    var ul = el('ul');
    edges.forEach(function (k) {
      var e = data.edges[k], li = el('li');
      var b = el('button', nodeLabel(e.s) + ' ' + (e.rel || '') + ' ' + nodeLabel(e.t), 'link');
      b.type = 'button';
      b.addEventListener('click', function () { showEdge(k); });
      li.appendChild(b);
      li.appendChild(el('span', ' (' + e.ev.length + ')', 'note'));
      ul.appendChild(li);
    });
    p.appendChild(ul);
    var seen = [];
    edges.forEach(function (k) { data.edges[k].ev.forEach(function (ev) { if (seen.indexOf(ev.ref) < 0) seen.push(ev.ref); }); });
    if (seen.length) {
      p.appendChild(el('h3', 'Studies'));
      var sl = el('ul');
      seen.forEach(function (r) { var li = el('li'); li.appendChild(studyLink(r)); sl.appendChild(li); });
      p.appendChild(sl);
    }
    showComparisons(p, n);
  }

  /* the head-to-head findings the node is a side of, from its side (docs/compare.md): not edges,
   * so listed here rather than drawn */
  function showComparisons(p, n) {
    var list = n.cmp || [];
    if (!list.length) return;
    p.appendChild(el('h3', list.length + ' comparison' + (list.length === 1 ? '' : 's')));
    list.forEach(function (c) {
      var box = el('div', null, 'ev comparison');
      box.appendChild(el('div', n.label + ' ' + c.sym + ' ' + c.other + ' (' + c.dir + ') on ' + c.aspect));
      if (c.recorded) box.appendChild(el('div', 'recorded as ' + c.recorded, 'note'));
      if (c.note) box.appendChild(el('div', c.note, 'note'));
      c.ev.forEach(function (ev) {
        var dl = el('dl'), cite = el(ev.url ? 'a' : 'span', ev.cite);
        if (ev.url) { cite.href = ev.url; cite.target = '_blank'; cite.rel = 'noopener'; }
        if (ev.citation) cite.title = ev.citation;
        function row(name, value, node) {
          if (value == null && !node) return;
          dl.appendChild(el('dt', name));
          var dd = el('dd', node ? null : value);
          if (node) dd.appendChild(node);
          dl.appendChild(dd);
        }
        row('study', null, cite);
        if (ev.review) row('review', ev.review + (ev.where ? ', ' + ev.where : ''));
        else row('where', ev.where);
        var context = [ev.disease, ev.model, ev.organism, ev.cell, ev.system].filter(function (x) { return x; });
        row('context', context.length ? context.join('; ') : null);
        row('wording', ev.note);
        box.appendChild(dl);
        cautionList(box, ev.cautions, '');
      });
      p.appendChild(box);
    });
  }
  cy.on('tap', 'node', function (evt) { showNode(evt.target.data('i')); });
  cy.on('tap', 'edge', function (evt) { showEdge(evt.target.data('k')); });

  /* ---- search ---- */
  /* shows the node and its neighbours, no closer than 1.5 */
  function frame(eles, animate, center) {
    /* no closer than 1.5, and, when the neighbours lie far apart, no farther than 0.9 around
     * the node itself: its label stays readable */
    var done = function () {
      var z = cy.zoom(), c = { x: cy.width() / 2, y: cy.height() / 2 };
      if (z > 1.5) cy.zoom({ level: 1.5, renderedPosition: c });
      else if (z < 0.9 && center) { cy.zoom(0.9); cy.center(center); }
    };
    if (animate) cy.animate({ fit: { eles: eles, padding: 40 } }, { duration: 250, complete: done });
    else { cy.fit(eles, 40); done(); }
  }
  function find(text, still) {
    var hits = resolve(text), note = $('search-note');
    cy.nodes().removeClass('hit');
    if (!hits.length) { note.textContent = 'no node is called \u201c' + text + '\u201d'; return []; }
    var shown = hits.filter(function (i) { return !node(i).hasClass('gone'); });
    var els = cy.collection();
    shown.forEach(function (i) { els = els.union(node(i)); });
    els.addClass('hit');
    if (hits.length === 1) {
      note.textContent = '';
      if (!shown.length) { note.textContent = nodeLabel(hits[0]) + ' is hidden by the filters'; return hits; }
      showNode(hits[0]);
      frame(els.closedNeighborhood().not('.gone'), !still, els);
    } else {
      note.textContent = hits.length + ' nodes match: ' + hits.slice(0, 6).map(nodeLabel).join(', ') + (hits.length > 6 ? ' \u2026' : '');
      if (els.length) frame(els, !still);
    }
    return hits;
  }
  $('search-form').addEventListener('submit', function (evt) { evt.preventDefault(); find($('search').value); });

  /* ---- filters: an edge stays when its kind is ticked and one piece of its evidence is of the
   * chosen disease and organism; a node stays while one of its edges does ---- */
  function distinct(field) {
    var seen = {};
    data.edges.forEach(function (e) { e.ev.forEach(function (ev) { if (ev[field]) seen[ev[field].toLowerCase()] = seen[ev[field].toLowerCase()] || ev[field]; }); });
    return Object.keys(seen).sort().map(function (k) { return seen[k]; });
  }
  [['f-disease', 'disease'], ['f-organism', 'organism']].forEach(function (f) {
    var sel = $(f[0]);
    distinct(f[1]).forEach(function (v) { var o = el('option', v); o.value = v.toLowerCase(); sel.appendChild(o); });
  });
  function applyFilters() {
    var dis = $('f-disease').value, org = $('f-organism').value;
    var kinds = [$('f-raises').checked, $('f-lowers').checked, $('f-other').checked];
    var active = dis || org || !kinds[0] || !kinds[1] || !kinds[2];
    var keep = {};
    cy.batch(function () {
      cy.edges().forEach(function (ed) {
        var e = data.edges[ed.data('k')];
        var ok = kinds[e.c === 0 ? 0 : e.c === 1 ? 1 : 2] && (!dis && !org || e.ev.some(function (ev) {
          return (!dis || (ev.disease || '').toLowerCase() === dis) && (!org || (ev.organism || '').toLowerCase() === org);
        }));
        ed.toggleClass('gone', !ok);
        if (ok) { keep[e.s] = keep[e.t] = true; }
      });
      cy.nodes().forEach(function (nd) {
        var i = nd.data('i');
        nd.toggleClass('gone', !!active && !keep[i] && !data.nodes[i].em);
      });
    });
    var n = cy.nodes().not('.gone').length, m = cy.edges().not('.gone').length;
    $('f-count').textContent = active ? n + ' of ' + cy.nodes().length + ' nodes, ' + m + ' of ' + cy.edges().length + ' edges shown' : '';
  }
  ['f-disease', 'f-organism', 'f-raises', 'f-lowers', 'f-other'].forEach(function (id) { $(id).addEventListener('change', applyFilters); });

  /* ---- path: computed here, on the edges shown: every shortest directed path from one node to
   * the other (breadth-first both ways; an edge is on one when dist(from, u) + 1 + dist(v, to) is
   * the distance) ---- */
  function bfs(start, forward) {
    var dist = {}, queue = [start];
    dist[start] = 0;
    while (queue.length) {
      var u = queue.shift();
      node(u).connectedEdges().not('.gone').forEach(function (ed) {
        var e = data.edges[ed.data('k')];
        var from = forward ? e.s : e.t, to = forward ? e.t : e.s;
        if (from === u && dist[to] === undefined) { dist[to] = dist[u] + 1; queue.push(to); }
      });
    }
    return dist;
  }
  function clearPath() {
    cy.elements().removeClass('path faded');
    $('p-note').textContent = '';
  }
  function path(fromText, toText) {
    clearPath();
    var note = $('p-note'), a = resolve(fromText), b = resolve(toText);
    if (a.length !== 1 || b.length !== 1) {
      var bad = a.length !== 1 ? [fromText, a] : [toText, b];
      note.textContent = bad[1].length ? '\u201c' + bad[0] + '\u201d names ' + bad[1].length + ' nodes: ' + bad[1].slice(0, 4).map(nodeLabel).join(', ')
        : 'no node is called \u201c' + bad[0] + '\u201d';
      return null;
    }
    var s = a[0], t = b[0], df = bfs(s, true), db = bfs(t, false), len = df[t];
    if (len === undefined) { note.textContent = 'no directed path from ' + nodeLabel(s) + ' to ' + nodeLabel(t) + ' among the edges shown'; return 0; }
    var on = cy.collection(), count = {};
    count[s] = 1;
    var order = Object.keys(df).map(Number).filter(function (v) { return db[v] !== undefined && df[v] + db[v] === len; })
      .sort(function (x, y) { return df[x] - df[y]; });
    order.forEach(function (v) { on = on.union(node(v)); if (v !== s) count[v] = 0; });
    order.forEach(function (u) {
      node(u).connectedEdges().not('.gone').forEach(function (ed) {
        var e = data.edges[ed.data('k')];
        if (e.s === u && df[e.t] === df[u] + 1 && db[e.t] !== undefined && df[e.t] + db[e.t] === len) {
          on = on.union(ed);
          count[e.t] += count[u];
        }
      });
    });
    cy.elements().not(on).addClass('faded');
    on.addClass('path');
    cy.animate({ fit: { eles: on, padding: 50 } }, { duration: 250 });
    note.textContent = count[t] + ' shortest path' + (count[t] === 1 ? '' : 's') + ' of ' + len + ' edge' + (len === 1 ? '' : 's') + ' from ' + nodeLabel(s) + ' to ' + nodeLabel(t);
    return count[t];
  }
  $('path-form').addEventListener('submit', function (evt) { evt.preventDefault(); path($('p-from').value, $('p-to').value); });
  $('p-clear').addEventListener('click', clearPath);

  /* ---- layout, fit, keys ---- */
  $('layout').addEventListener('change', function () {
    if (this.value === 'cose') cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: false, fit: true, padding: 20 }).run();
    else if (placed) cy.layout({ name: 'preset', fit: true, padding: 20, positions: function (n) { var d = data.nodes[n.data('i')]; return { x: d.x, y: d.y }; } }).run();
  });
  $('fit').addEventListener('click', function () { cy.fit(cy.elements().not('.gone'), 20); });
  $('cy').addEventListener('keydown', function (evt) {
    var step = 60, c = { x: cy.width() / 2, y: cy.height() / 2 };
    var keys = {
      ArrowLeft: function () { cy.panBy({ x: step, y: 0 }); }, ArrowRight: function () { cy.panBy({ x: -step, y: 0 }); },
      ArrowUp: function () { cy.panBy({ x: 0, y: step }); }, ArrowDown: function () { cy.panBy({ x: 0, y: -step }); },
      '+': function () { cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: c }); }, '=': function () { cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: c }); },
      '-': function () { cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: c }); }, '0': function () { cy.fit(cy.elements().not('.gone'), 20); }
    };
    if (keys[evt.key]) { keys[evt.key](); evt.preventDefault(); }
  });
  document.addEventListener('keydown', function (evt) { if (evt.key === 'Escape' && !panel.hidden) closePanel(); });

  /* ---- legend: the node types and kinds of edge drawn ---- */
  var legend = $('legend-body');
  Object.keys(data.types).forEach(function (t) {
    var st = data.types[t], row = el('div'), sw = el('span', null, 'sw');
    sw.style.background = st.fill;
    if (st.shape === 'ellipse') sw.style.borderRadius = '50%';
    if (st.peripheries > 1) sw.style.borderStyle = 'double', sw.style.borderWidth = '3px';
    row.appendChild(sw);
    row.appendChild(document.createTextNode(t));
    row.title = st.meaning || '';
    legend.appendChild(row);
  });
  data.classes.forEach(function (c) {
    if (!c.shown) return;
    var row = el('div'), ln = el('span', null, 'ln');
    ln.style.borderTopStyle = c.style;
    ln.style.borderTopColor = c.color;
    row.appendChild(ln);
    row.appendChild(el('span', GLYPHS[c.arrowhead] + ' ', null)).style.color = c.color;
    row.appendChild(document.createTextNode(c.meaning));
    legend.appendChild(row);
  });

  /* a few nodes fitted would be drawn huge: no closer than 1.5 at first */
  if (cy.zoom() > 1.5) { cy.zoom(1.5); cy.center(); }

  /* the address can ask for a search or a path: page.html#find=Sirt6, #path=iMSC-EV,Sirt6 */
  function fromAddress() {
    var h = decodeURIComponent(location.hash.replace(/^#/, '')), m;
    if ((m = /^find=(.+)$/.exec(h))) { $('search').value = m[1]; find(m[1], true); }
    else if ((m = /^path=([^,]+),(.+)$/.exec(h))) { $('p-from').value = m[1]; $('p-to').value = m[2]; path(m[1], m[2]); }
    else if ((m = /^edge=([^,]+),(.+)$/.exec(h))) {
      var a = resolve(m[1]), b = resolve(m[2]);
      var k = data.edges.findIndex(function (e) { return a.length === 1 && b.length === 1 && e.s === a[0] && e.t === b[0]; });
      if (k >= 0) { showEdge(k); var ed = cy.getElementById('e' + k); frame(ed.connectedNodes(), false, ed); }
    }
  }
  window.addEventListener('hashchange', fromAddress);

  window.mgExplorer = { cy: cy, data: data, find: find, path: path, showNode: showNode, showEdge: showEdge, resolve: resolve };
  /* before the first frame: the first picture is already the one asked for */
  fromAddress();
  /* live once every node is drawn: tests and scripts wait for this */
  cy.ready(function () {
    requestAnimationFrame(function () {
      requestAnimationFrame(function () { document.body.setAttribute('data-ready', String(cy.nodes().length)); });
    });
  });
})();
