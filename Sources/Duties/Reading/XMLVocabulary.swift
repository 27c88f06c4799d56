/// What the elements of an XML dialect mean to the structural reader.
struct XMLVocabulary: Sendable {
  /// Elements that are divisions or provisions, and the kind of node each makes.
  var divisions: [String: Node.Kind]
  /// Elements that hold a division's number.
  var numbers: Set<String>
  /// Elements that hold a division's heading.
  var headings: Set<String>
  /// Elements whose whole text is one block (a paragraph of text).
  var blocks: Set<String>
  /// Elements left out with everything inside them (metadata, tables of contents).
  var skipped: Set<String>
  /// Elements left out of the text they stand in (references to notes).
  var inlineDropped: Set<String>
  /// Elements kept apart from the text as annotations.
  var annotations: [String: Annotation.Kind]
  /// The attribute of an inline dropped element that labels it (`Ref` of a CLML `CommentaryRef`).
  var markerLabelAttribute: String?
  /// Whether a number is written in brackets when the source gives it bare ("1" → "(1)"), by element.
  var bracketedNumbers: Set<String> = []
}

extension XMLVocabulary {
  /// UK legislation (CLML).
  static let clml = XMLVocabulary(
    divisions: [
      "Part": .part, "Chapter": .chapter, "Pblock": .group, "PsubBlock": .group, "P1group": .group,
      "P1": .section, "P2": .subsection, "P3": .paragraph, "P4": .paragraph, "P5": .paragraph,
      "P6": .paragraph, "P": .paragraph, "Schedule": .part, "ListItem": .listItem,
    ],
    numbers: ["Pnumber", "Number"],
    headings: ["Title"],
    blocks: ["Text", "LongTitle"],
    skipped: ["Metadata", "Contents", "PrimaryPrelims", "SecondaryPrelims", "Resources", "Versions"],
    inlineDropped: ["CommentaryRef", "FootnoteRef", "MarginNoteRef"],
    annotations: ["Commentary": .commentary, "Footnote": .footnote, "MarginNote": .footnote],
    markerLabelAttribute: "Ref",
    bracketedNumbers: ["P2", "P3", "P4", "P5", "P6"]
  )

  /// Akoma Ntoso 3.0.
  static let akn = XMLVocabulary(
    divisions: [
      "part": .part, "chapter": .chapter, "title": .part, "book": .part, "division": .group,
      "hcontainer": .group, "crossHeading": .group, "section": .section, "article": .section,
      "clause": .section, "rule": .section, "regulation": .section, "subsection": .subsection,
      "paragraph": .paragraph, "subparagraph": .paragraph, "point": .paragraph, "level": .paragraph,
      "item": .listItem, "indent": .listItem, "alinea": .paragraph, "list": .group,
      "subclause": .subsection, "subrule": .subsection,
    ],
    numbers: ["num"],
    headings: ["heading", "subheading"],
    blocks: ["p", "longTitle", "docTitle", "block", "tblock"],
    skipped: ["meta", "toc", "coverPage", "attachments", "components"],
    inlineDropped: ["noteRef", "eol", "eop"],
    annotations: ["authorialNote": .footnote, "note": .footnote],
    markerLabelAttribute: "marker"
  )

  /// United States Legislative Markup.
  static let uslm = XMLVocabulary(
    divisions: [
      "title": .part, "subtitle": .part, "part": .part, "subpart": .part, "division": .part,
      "chapter": .chapter, "subchapter": .chapter, "article": .section, "section": .section,
      "subsection": .subsection, "paragraph": .paragraph, "subparagraph": .paragraph,
      "clause": .paragraph, "subclause": .paragraph, "item": .listItem, "subitem": .listItem,
      "level": .section, "appropriations": .section, "preliminary": .group, "rule": .section,
      "regulatoryText": .group, "component": .group,
    ],
    numbers: ["num"],
    headings: ["heading", "subheading"],
    blocks: ["p", "chapeau", "continuation", "text", "content", "longTitle", "docTitle", "officialTitle"],
    skipped: ["meta", "toc", "sourceCredit", "notes", "layout", "tocItem", "signatures", "endMarker"],
    inlineDropped: ["ref-footnote", "footnoteRef"],
    annotations: ["note": .footnote, "footnote": .footnote, "sidenote": .footnote]
  )

  /// Any other XML: block-like elements become blocks, heading-like ones headings.
  static let generic = XMLVocabulary(
    divisions: ["section": .section, "chapter": .chapter, "part": .part, "article": .section],
    numbers: ["num", "number", "no"],
    headings: ["title", "heading", "head", "h1", "h2", "h3", "h4", "h5", "h6", "caption"],
    blocks: ["p", "para", "paragraph", "text", "li", "item", "entry", "td", "th"],
    skipped: ["meta", "metadata", "head", "style", "script"],
    inlineDropped: [],
    annotations: ["footnote": .footnote, "note": .footnote]
  )
}
