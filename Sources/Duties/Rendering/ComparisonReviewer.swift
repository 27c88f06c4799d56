/// The reviewer in the HTML diff report: filters (kind of change, kind of obligation, bearer,
/// section, decided or not), a decision per change with its note, and an export of the review file
/// (`docs/review-schema.md`), all in the page: no server, no network.
enum ComparisonReviewer {
  /// The bar above the changes: the reviewer's name, the export, the keys, and where the exported file
  /// is shown as well as downloaded.
  static func bar(decisions file: ReviewFile, day: String?) -> String {
    // Inside a script element the text must not hold "<" (which could close it or open a comment), nor
    // ">" and "&": JSON writes them as escapes.
    let json = ReviewFileJSON.render(file).replacingOccurrences(of: "<", with: "\\u003c")
      .replacingOccurrences(of: ">", with: "\\u003e").replacingOccurrences(of: "&", with: "\\u0026")
    return """
      <div class="reviewbar" data-day="\(HTML.escape(day ?? ""))">
      <label>Reviewer <input id="reviewer" autocomplete="name" placeholder="your name"></label>
      <button type="button" id="export">Export review file</button>
      <span id="review-status" role="status"></span>
      <details class="keys"><summary>Keys</summary>j / k next / previous change · a accept · w waive · \
      n needs action · u undecided · e export · Esc leave a field</details>
      </div>
      <textarea id="review-json" readonly hidden aria-label="The exported review file"></textarea>
      <script type="application/json" id="review-file">\(json)</script>

      """
  }

  /// The filters beyond the kinds of change: kind of obligation, bearer, section, decided or not.
  static func filters(obligationKinds: [String], sections: [String]) -> String {
    func options(_ values: [String]) -> String {
      values.map {
        "<option value=\"\(HTML.escape($0))\">\(HTML.escape($0.isEmpty ? "(no section)" : $0))</option>"
      }
      .joined()
    }
    return """
      <div class="filters more">
      <label>Obligation <select id="filter-obligation"><option value="*">all</option>\(options(obligationKinds))</select></label>
      <label>Bearer <input id="filter-bearer" type="search" placeholder="any"></label>
      <label>Section <select id="filter-section"><option value="*">all</option>\(options(sections))</select></label>
      <label>Review <select id="filter-review"><option value="*">all</option><option value="open">not decided</option>\
      <option value="decided">decided</option></select></label>
      </div>

      """
  }

  /// The data a change's element carries for the filters and the export.
  static func attributes(_ change: ObligationChange) -> String {
    let obligation = change.new ?? change.old!
    var values = [
      ("obligation", obligation.kind.rawValue), ("bearer", ComparisonBriefing.partyList(obligation)),
      ("section", change.section),
    ]
    // An unchanged obligation is shown (with --all), not decided.
    if change.change != .unchanged {
      values += [("id", change.id), ("summary", ReviewFileJSON.summary(change))]
    }
    return values.map { " data-\($0.0)=\"\(HTML.escape($0.1))\"" }.joined()
  }

  /// A change's decision controls (none for an unchanged obligation).
  static func controls(_ change: ObligationChange) -> String {
    guard change.change != .unchanged else { return "" }
    return """
      <div class="review"><label>Decision <select class="decision">\
      <option value="pending">undecided</option><option value="accepted">accepted</option>\
      <option value="waived">waived</option><option value="needs-action">needs action</option></select></label>
      <input class="note" placeholder="reason or note" aria-label="Reason or note">
      <input class="owner" placeholder="owner" aria-label="Owner">
      <label class="expiry">until <input class="expires" type="date" aria-label="Waived until"></label>
      <span class="by"></span> <code class="id">\(change.id)</code></div>

      """
  }

  static let style = """
    .reviewbar { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; margin: 12px 0; }
    .reviewbar button { font: inherit; padding: 4px 12px; border: 1px solid var(--accent); border-radius: 4px;
      background: var(--accent); color: #fff; cursor: pointer; }
    #review-status { color: var(--muted); font-size: 0.9em; } #review-status.error { color: var(--del-ink); }
    #review-json { width: 100%; height: 12em; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85em; }
    .keys { font-size: 0.85em; color: var(--muted); }
    .filters.more label { background: none; padding: 0; }
    .review { margin: 6px 0; font-size: 0.9em; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .review input.note { flex: 1; min-width: 14em; } .review .id { color: var(--muted); font-size: 0.85em; }
    .review input.missing { outline: 2px solid var(--del-ink); }
    .change.current { outline: 2px solid var(--accent); outline-offset: 6px; border-radius: 2px; }
    .change[data-status="accepted"] > p, .change[data-status="waived"] > p { opacity: 0.75; }
    .change[data-status="needs-action"] .review { color: #7a5200; }
    @media print { .reviewbar, .review select, .review input, #review-json { display: none; } }
    """

  /// The page's script: the parts below, in one closure.
  static var script: String {
    "(function () {\n" + [state, filtering, exporting, keys].joined(separator: "\n") + "})();\n"
  }

  /// The decisions by change, each change's controls shown from them and recorded into them.
  static let state = """
    var file = JSON.parse(document.getElementById('review-file').textContent);
    var decisions = {}, order = [];
    file.decisions.forEach(function (d) { decisions[d.change] = d; order.push(d.change); });
    var changes = Array.prototype.slice.call(document.querySelectorAll('.change[data-id]'));
    var reviewer = document.getElementById('reviewer');
    var status = document.getElementById('review-status');
    var current = -1;
    // Waivers are checked against the report's review date, or today.
    var now = new Date();
    var today = document.querySelector('.reviewbar').dataset.day || [now.getFullYear(), now.getMonth() + 1,
      now.getDate()].map(function (n) { return (n < 10 ? '0' : '') + n; }).join('-');
    function field(el, name) { return el.querySelector('.' + name); }
    function show(el) {
      var d = decisions[el.dataset.id], verdict = d ? d.decision : 'pending';
      field(el, 'decision').value = verdict;
      field(el, 'note').value = d ? (verdict === 'waived' ? d.reason || '' : d.note || '') : '';
      field(el, 'owner').value = d && d.owner ? d.owner : '';
      field(el, 'expires').value = d && d.expires ? d.expires : '';
      field(el, 'owner').hidden = verdict !== 'needs-action';
      field(el, 'expiry').hidden = verdict !== 'waived';
      field(el, 'by').textContent = d && d.by ? 'by ' + d.by : '';
      el.dataset.status = verdict === 'waived' && d.expires && d.expires < today ? 'waiver-expired' : verdict;
    }
    function record(el) {
      var id = el.dataset.id, verdict = field(el, 'decision').value, old = decisions[id];
      var d = { change: id, summary: el.dataset.summary, decision: verdict };
      var by = old && old.decision === verdict && old.by ? old.by : reviewer.value.trim();
      if (verdict !== 'pending' && by) d.by = by;
      var note = field(el, 'note').value.trim();
      if (verdict === 'waived') {
        if (note) d.reason = note;
        if (field(el, 'expires').value) d.expires = field(el, 'expires').value;
        // A waiver's note, from the file, is kept: the page edits its reason.
        if (old && old.note) d.note = old.note;
      } else if (note) { d.note = note; }
      if (verdict === 'needs-action' && field(el, 'owner').value.trim()) d.owner = field(el, 'owner').value.trim();
      if (!old) order.push(id);
      decisions[id] = d;
      // One change in several documents of a page has one id, and one decision: every copy shows it.
      changes.forEach(function (other) { if (other.dataset.id === id) show(other); });
      filter(true);
    }
    // The change being worked on: moved to with the keys, or clicked or typed in.
    function setCurrent(el) {
      if (changes[current]) changes[current].classList.remove('current');
      current = changes.indexOf(el);
      el.classList.add('current');
    }
    changes.forEach(function (el) {
      show(el);
      el.addEventListener('focusin', function () { setCurrent(el); });
      el.addEventListener('click', function () { setCurrent(el); });
      ['decision', 'note', 'owner', 'expires'].forEach(function (name) {
        field(el, name).addEventListener('change', function () { record(el); });
      });
    });
    function decide(el, verdict, focus) {
      field(el, 'decision').value = verdict;
      record(el);
      if (focus) field(el, 'note').focus();
    }
    """

  /// The filters; the change being decided stays shown until the reviewer moves on.
  static let filtering = """
    function filter(keepCurrent) {
      var kinds = {};
      document.querySelectorAll('.filters input[data-kind]').forEach(function (box) { kinds[box.dataset.kind] = box.checked; });
      var obligation = document.getElementById('filter-obligation').value;
      var bearer = document.getElementById('filter-bearer').value.trim().toLowerCase();
      var section = document.getElementById('filter-section').value;
      var review = document.getElementById('filter-review').value;
      document.querySelectorAll('.change').forEach(function (el) {
        // An unchanged obligation (with --all) is neither decided nor open.
        var open = el.dataset.status === 'pending' || el.dataset.status === 'waiver-expired';
        var shown = kinds[el.dataset.kind] !== false
          && (obligation === '*' || el.dataset.obligation === obligation)
          && (!bearer || (el.dataset.bearer || '').toLowerCase().indexOf(bearer) >= 0)
          && (section === '*' || el.dataset.section === section)
          && (review === '*' || (el.dataset.id !== undefined && (review === 'open') === open));
        el.hidden = !shown && !(keepCurrent && el === changes[current]);
      });
      // A section whose changes are all filtered out is hidden with them.
      document.querySelectorAll('section').forEach(function (s) {
        s.hidden = !Array.prototype.some.call(s.querySelectorAll('.change'), function (el) { return !el.hidden; });
      });
    }
    document.querySelectorAll('.filters input, .filters select').forEach(function (input) {
      input.addEventListener('input', function () { filter(false); });
      input.addEventListener('change', function () { filter(false); });
    });
    """

  /// The export: checked, every change listed, downloaded and shown in the page.
  static var exporting: String {
    """
    function exported() {
      var missing = 0, name = reviewer.value.trim();
      changes.forEach(function (el) {
        var d = decisions[el.dataset.id], verdict = d ? d.decision : 'pending';
        // A decision taken before the reviewer's name was typed takes it now.
        if (d && verdict !== 'pending' && !d.by && name) d.by = name;
        var needNote = (verdict === 'waived' && !d.reason) || (verdict === 'needs-action' && !d.note);
        var needOwner = verdict === 'needs-action' && !d.owner;
        var needBy = verdict === 'waived' && !d.by;
        field(el, 'note').classList.toggle('missing', needNote);
        field(el, 'owner').classList.toggle('missing', needOwner);
        if (needBy) reviewer.classList.add('missing');
        if (needNote || needOwner || needBy) missing += 1;
      });
      if (missing) {
        status.textContent = missing + (missing === 1 ? ' decision needs' : ' decisions need')
          + ' a reason, note, owner or reviewer before export';
        status.className = 'error';
        return null;
      }
      changes.forEach(function (el) {
        if (!decisions[el.dataset.id]) {
          decisions[el.dataset.id] = { change: el.dataset.id, summary: el.dataset.summary, decision: 'pending' };
          order.push(el.dataset.id);
        }
        show(el);
      });
      var keys = ['change', 'summary', 'decision', 'by', 'reason', 'expires', 'owner', 'note'];
      var list = order.map(function (id) {
        var d = decisions[id], out = {};
        keys.forEach(function (k) { if (d[k] !== undefined && d[k] !== '') out[k] = d[k]; });
        return out;
      });
      return JSON.stringify({ version: \(ReviewFile.version), decisions: list }, null, 2) + '\\n';
    }
    function exportFile() {
      var text = exported();
      if (text === null) return;
      var box = document.getElementById('review-json');
      box.value = text;
      box.hidden = false;
      var link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      link.download = 'review.json';
      document.body.appendChild(link);
      link.click();
      link.remove();
      var decided = changes.filter(function (el) { return el.dataset.status !== 'pending'; }).length;
      status.textContent = 'Exported review.json: ' + decided + ' of ' + changes.length
        + (changes.length === 1 ? ' change decided' : ' changes decided');
      status.className = '';
    }
    document.getElementById('export').addEventListener('click', exportFile);
    reviewer.addEventListener('input', function () { reviewer.classList.remove('missing'); });
    """
  }

  /// The keys: moving through the changes shown, deciding the current one, exporting.
  static let keys = """
    function move(step) {
      var visible = changes.filter(function (el) { return !el.hidden; });
      if (!visible.length) return;
      var at = visible.indexOf(changes[current]);
      var next = visible[Math.max(0, Math.min(visible.length - 1, at < 0 ? 0 : at + step))];
      setCurrent(next);
      next.scrollIntoView({ block: 'center' });
      filter(false);
    }
    document.addEventListener('keydown', function (event) {
      var tag = event.target.tagName;
      if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
        if (event.key === 'Escape') event.target.blur();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      var el = changes[current] && !changes[current].hidden ? changes[current] : null;
      switch (event.key) {
        case 'j': move(1); break;
        case 'k': move(-1); break;
        case 'e': exportFile(); break;
        case 'a': if (el) decide(el, 'accepted', false); break;
        case 'w': if (el) decide(el, 'waived', true); break;
        case 'n': if (el) decide(el, 'needs-action', true); break;
        case 'u': if (el) decide(el, 'pending', false); break;
        default: return;
      }
      event.preventDefault();
    });
    filter(false);
    """
}
