/// The document's strips in reading order, collected block by block, with the
/// vertical space between blocks resolved as they are appended.
struct Flow {
    private(set) var strips: [Strip] = []
    /// The strips of each block appended, in order: what a parallel edition pairs.
    private(set) var blocks: [Range<Int>] = []
    /// Space the next block gets above it, when the previous block asked for more
    /// than the next one does (a heading's space after).
    private var pendingSpace: Double = 0
    private var breakPending = false

    /// Appends a block, separated from the previous one by the larger of the two spaces.
    /// An empty block (an empty paragraph) is recorded without strips, so that block `i`
    /// is the same part of the summary in every language.
    mutating func append(_ block: [Strip], spaceBefore: Double, spaceAfter: Double = 0) {
        guard !block.isEmpty else {
            blocks.append(strips.count..<strips.count)
            return
        }
        var block = block
        block[0].spaceBefore = max(spaceBefore, pendingSpace, block[0].spaceBefore)
        if breakPending {
            block[0].pageBreakBefore = true
            breakPending = false
        }
        blocks.append(strips.count..<strips.count + block.count)
        strips += block
        pendingSpace = spaceAfter
    }

    /// Makes the next block start on a new page, with the heading it follows: a page
    /// break written first in a section moves the section's heading too, rather than
    /// leave it alone at the foot of the page before.
    mutating func breakPage() {
        let tied = tiedCount
        if tied > 0 {
            strips[strips.count - tied].pageBreakBefore = true
        } else {
            breakPending = true
        }
    }

    /// The height of what ends the flow tied to the next block (a heading), with the
    /// space between them when the next block asks for `spaceBefore`: the room a block
    /// that must not split leaves for it, or the two would not fit on one page.
    func heightKeptWithNext(spaceBefore: Double) -> Double {
        let tied = strips.suffix(tiedCount)
        guard let first = tied.first else { return 0 }
        return tied.reduce(max(pendingSpace, spaceBefore)) { $0 + $1.height + $1.spaceBefore } - first.spaceBefore
    }

    /// How many strips end the flow tied to whatever comes next (a heading's lines).
    private var tiedCount: Int {
        strips.reversed().prefix { $0.keepWithNext }.count
    }

    /// Ties the last strip to the next one, as a heading is tied to its text.
    mutating func keepLastWithNext() {
        guard !strips.isEmpty else { return }
        strips[strips.count - 1].keepWithNext = true
    }
}
