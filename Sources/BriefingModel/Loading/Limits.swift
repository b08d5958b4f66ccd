/// The bounds that keep hostile input from exhausting memory or time (section 1 of the
/// format). A real meeting summary is a few hundred kilobytes, some thousands of nodes
/// and a dozen levels deep, so these never get in the way of one.
enum Limits {
    /// Files above this are refused before they are read.
    static let fileSize = 16 * 1024 * 1024
    /// Nodes in the document once every alias is expanded.
    static let nodes = 1_000_000
    /// Nested lists and maps.
    static let depth = 64
    /// Bytes of UTF-8 in one text (a paragraph, a table cell): some thirty pages.
    static let textLength = 100_000
}
