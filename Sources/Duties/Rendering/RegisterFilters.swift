/// The filters of the HTML register, which drive the whole page: the entries shown, the list of
/// parties with their counts, the chart and the first headline lines are all counted again over the
/// entries the filters leave, so that the chart and the list always count the same things.
enum RegisterFilters {
  /// The chart's layout, shared by the chart drawn on the server and the one the page redraws.
  enum Layout {
    static let rowHeight = 24
    static let labelWidth = 260
    static let barWidth = 560
    static let legendStep = 120
    /// Longer party names are cut to one character less, and "…".
    static let longestName = 38
  }

  /// The chart's categories and colours, in the order of its stacked bars.
  static let chartColours = [
    ("binding", "#a4161a"), ("recommended", "#d99a00"), ("permissive", "#136c2e"), ("policy", "#1d4e89"),
  ]

  /// The page's script.
  static var script: String {
    let kinds = ObligationKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
    // Each kind's name for more than one, as the page's first count gives it (``Plural``).
    let plurals = ObligationKind.allCases.map { "'\($0.rawValue)': '\($0.pluralName)'" }.joined(
      separator: ", ")
    let colours = chartColours.map { "['\($0.0)', '\($0.1)']" }.joined(separator: ", ")
    return "(function () {\nvar kindOrder = [\(kinds)];\nvar kindPlurals = {\(plurals)};\n"
      + "var colours = [\(colours)];\n" + counting + drawing + "})();\n"
  }

  /// Shows the entries the filters leave and counts them by party and over the whole register.
  static let counting = """
    function apply() {
      var party = document.getElementById('party-filter').value.trim().toLowerCase();
      var kinds = Array.from(document.querySelectorAll('.filters input:checked')).map(function (b) { return b.value; });
      var seen = {}, byKind = {}, total = 0, binding = 0, withConditions = 0, withTiming = 0, parties = [];
      document.querySelectorAll('section.party').forEach(function (section, index) {
        var counts = [0, 0, 0, 0], shown = 0;
        section.querySelectorAll('li').forEach(function (li) {
          var visible = kinds.indexOf(li.dataset.kind) >= 0
            && (party === '' || (section.dataset.party + '\\n' + (section.dataset.names || '')).toLowerCase().indexOf(party) >= 0);
          li.hidden = !visible;
          if (!visible) return;
          shown += 1;
          var strength = Number(li.dataset.strength);
          counts[strength === 2 ? 0 : strength === 1 ? 1 : strength === 0 ? 2 : 3] += 1;
          // An obligation under several parties counts once in the totals (its key is the document's and
          // the obligation's).
          var key = li.dataset.key || ('#' + index + ':' + shown);
          if (seen[key]) return;
          seen[key] = true;
          total += 1;
          byKind[li.dataset.kind] = (byKind[li.dataset.kind] || 0) + 1;
          if (strength === 2) {
            binding += 1;
            if (li.dataset.conditions === '1') withConditions += 1;
            if (li.dataset.timing === '1') withTiming += 1;
          }
        });
        section.hidden = shown === 0;
        // A document's heading goes with the last of its entries shown.
        section.querySelectorAll('ul').forEach(function (ul) {
          var heading = ul.previousElementSibling;
          if (heading && heading.tagName === 'H3') {
            heading.hidden = !Array.prototype.some.call(ul.children, function (li) { return !li.hidden; });
          }
        });
        var entry = document.querySelector('.toc li[data-target="' + section.id + '"]');
        if (entry) {
          entry.hidden = shown === 0;
          var count = entry.querySelector('.count');
          if (count) count.textContent = '(' + counts[0] + ' binding of ' + shown + ')';
        }
        if (section.dataset.party && shown > 0) {
          parties.push({ party: section.dataset.party, counts: counts, shown: shown });
        }
      });
      parties.sort(function (a, b) {
        return b.counts[0] - a.counts[0] || b.shown - a.shown || (a.party < b.party ? -1 : a.party > b.party ? 1 : 0);
      });
      var top = parties.slice(0, 10);
      var listed = kindOrder.filter(function (k) { return byKind[k]; }).map(function (k) {
        return byKind[k] + ' ' + (byKind[k] === 1 ? k : kindPlurals[k]);
      });
      setLine('h-total', total + (total === 1 ? ' obligation: ' : ' obligations: ')
        + (listed.length ? listed.join(', ') : 'none') + '.');
      setLine('h-top', top.length ? 'Most binding duties: ' + top.slice(0, 5).map(function (p) {
        return p.party + ' (' + p.counts[0] + ')';
      }).join(', ') + '.' : '');
      var percent = function (n) { return (binding ? Math.round(n * 100 / binding) : 0) + '%'; };
      setLine('h-share', 'Of the duties and prohibitions, ' + percent(withConditions) + ' carry conditions and '
        + percent(withTiming) + ' deadlines or frequencies.');
      document.getElementById('chart').innerHTML = chart(top);
    }
    function setLine(id, text) {
      var line = document.getElementById(id);
      if (line) { line.textContent = text; line.hidden = text === ''; }
    }
    document.querySelectorAll('.filters input').forEach(function (el) {
      el.addEventListener(el.type === 'search' ? 'input' : 'change', apply);
    });

    """

  /// The chart drawn as `RegisterHTML.chart` draws it on the server.
  static var drawing: String {
    """
    function escape(text) {
      return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    }
    function chart(parties) {
      if (!parties.length) return '';
      var rowHeight = \(Layout.rowHeight), labelWidth = \(Layout.labelWidth), barWidth = \(Layout.barWidth);
      var height = parties.length * rowHeight + 40;
      var maximum = Math.max(1, Math.max.apply(null, parties.map(function (p) { return p.shown; })));
      var width = labelWidth + barWidth + 60;
      var svg = '<svg class="chart" role="img" aria-label="Obligations by party and kind" '
        + 'xmlns="http://www.w3.org/2000/svg" width="' + width + '" height="' + height + '" viewBox="0 0 ' + width
        + ' ' + height + '" font-family="sans-serif" font-size="12">';
      parties.forEach(function (party, index) {
        var y = index * rowHeight + 4, x = labelWidth;
        // Cut by characters, not UTF-16 units, as the server cuts it.
        var letters = Array.from(party.party);
        var name = letters.length > \(Layout.longestName) ? letters.slice(0, \(Layout.longestName - 1)).join('') + '…' : party.party;
        svg += '<text x="' + (labelWidth - 8) + '" y="' + (y + 15) + '" text-anchor="end">' + escape(name) + '</text>';
        party.counts.forEach(function (value, at) {
          if (value <= 0) return;
          var w = Math.max(2, Math.floor(value * barWidth / maximum));
          svg += '<rect x="' + x + '" y="' + (y + 3) + '" width="' + w + '" height="' + (rowHeight - 8)
            + '" fill="' + colours[at][1] + '"><title>' + value + '</title></rect>';
          x += w;
        });
        svg += '<text x="' + (x + 6) + '" y="' + (y + 15) + '" fill="#5f6368">' + party.shown + '</text>';
      });
      var legendY = parties.length * rowHeight + 22, legendX = labelWidth;
      colours.forEach(function (pair) {
        svg += '<rect x="' + legendX + '" y="' + (legendY - 10) + '" width="12" height="12" fill="' + pair[1] + '"/>';
        svg += '<text x="' + (legendX + 16) + '" y="' + legendY + '">' + pair[0] + '</text>';
        legendX += \(Layout.legendStep);
      });
      return svg + '</svg>\\n';
    }
    apply();

    """
  }
}
