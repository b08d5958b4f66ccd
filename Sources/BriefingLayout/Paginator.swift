import BriefingFrame

/// A strip placed on a page, `y` from the top of the text block.
struct PlacedStrip {
    var strip: Strip
    var y: Double
}

/// Distributes strips over pages of a given height.
///
/// Greedy, like a careful compositor working forwards: strips tied by
/// `keepWithNext` move as one group to the next page when the group does not fit;
/// a group taller than a page is split where it must be. Space above a strip is
/// dropped at the top of a page. A table row that starts a page brings its header.
/// A figure that does not fit floats to the top of the next page while the text
/// after it fills the current one, but never past the next heading.
struct Paginator {
    var pageHeight: Double

    func paginate(_ strips: [Strip]) -> [[PlacedStrip]] {
        var pages: [[PlacedStrip]] = []
        var current: [PlacedStrip] = []
        var y = 0.0

        func newPage() {
            guard !current.isEmpty else { return }
            pages.append(current)
            current = []
            y = 0
        }
        func place(_ strip: Strip) {
            if current.isEmpty && !strip.repeatHeader.isEmpty {
                for header in strip.repeatHeader {
                    current.append(PlacedStrip(strip: header, y: y))
                    y += header.height
                }
            }
            let space = current.isEmpty ? 0 : strip.spaceBefore
            current.append(PlacedStrip(strip: strip, y: y + space))
            y += space + strip.height
        }
        func height(of group: ArraySlice<Strip>, onEmptyPage: Bool) -> Double {
            var total = 0.0
            for (offset, strip) in group.enumerated() {
                let first = offset == 0
                total += strip.height + (first && onEmptyPage ? 0 : strip.spaceBefore)
                if first && onEmptyPage { total += strip.repeatHeader.reduce(0) { $0 + $1.height } }
            }
            return total
        }

        var deferred: [ArraySlice<Strip>] = []
        /// Starts a page with the figures that were waiting for one.
        func newPageWithFigures() {
            newPage()
            for figure in deferred {
                if y + height(of: figure, onEmptyPage: current.isEmpty) > pageHeight + 0.01 { newPage() }
                figure.forEach(place)
            }
            deferred = []
        }

        var index = 0
        while index < strips.count {
            var end = index
            while end < strips.count - 1 && strips[end].keepWithNext && !strips[end + 1].pageBreakBefore { end += 1 }
            let group = strips[index...end]
            let startsSection = if case .heading = strips[index].mark { true } else { false }
            if !deferred.isEmpty && (startsSection || strips[index].pageBreakBefore) {
                newPageWithFigures()
            }
            if strips[index].pageBreakBefore && !current.isEmpty { newPage() }
            let fits = y + height(of: group, onEmptyPage: current.isEmpty) <= pageHeight + 0.01
            let fitsAlone = height(of: group, onEmptyPage: true) <= pageHeight + 0.01
            if group.allSatisfy(\.floats) && !current.isEmpty && (!fits || !deferred.isEmpty) && fitsAlone {
                deferred.append(group)
            } else if fits {
                group.forEach(place)
            } else if !current.isEmpty && fitsAlone {
                if deferred.isEmpty { newPage() } else { newPageWithFigures() }
                if y + height(of: group, onEmptyPage: current.isEmpty) > pageHeight + 0.01 { newPage() }
                group.forEach(place)
            } else {
                // Taller than a page: fill pages strip by strip.
                for strip in group {
                    func needed() -> Double { strip.height + (current.isEmpty ? 0 : strip.spaceBefore) }
                    if !current.isEmpty && y + needed() > pageHeight + 0.01 {
                        newPageWithFigures()
                        if !current.isEmpty && y + needed() > pageHeight + 0.01 { newPage() }
                    }
                    place(strip)
                }
            }
            index = end + 1
        }
        if !deferred.isEmpty { newPageWithFigures() }
        if !current.isEmpty || pages.isEmpty { pages.append(current) }
        return pages
    }
}
