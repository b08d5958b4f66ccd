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

        /// Space above the first strip after the figures that open a page: the figures'
        /// own margin, which a table row resuming there lacks.
        var figureGap = 0.0

        func newPage() {
            guard !current.isEmpty else { return }
            pages.append(current)
            current = []
            y = 0
            figureGap = 0
        }
        /// The table header to repeat above `strip` and the space above both: a page
        /// starts afresh until something other than the figures waiting for it is on it.
        func opening(_ strip: Strip, first: Bool) -> (headers: [Strip], space: Double) {
            let startsPage = first && current.allSatisfy(\.strip.floats)
            let space: Double
            if current.isEmpty && first {
                space = 0
            } else if startsPage && !strip.floats {
                space = max(strip.spaceBefore, figureGap)
            } else {
                space = strip.spaceBefore
            }
            return (startsPage && !strip.floats ? strip.repeatHeader : [], space)
        }
        func place(_ strip: Strip) {
            let (headers, space) = opening(strip, first: true)
            var gap = space
            for header in headers {
                current.append(PlacedStrip(strip: header, y: y + gap))
                y += gap + header.height
                gap = 0
            }
            current.append(PlacedStrip(strip: strip, y: y + gap))
            y += gap + strip.height
        }
        func height(of group: ArraySlice<Strip>) -> Double {
            var total = 0.0
            for (offset, strip) in group.enumerated() {
                let (headers, space) = opening(strip, first: offset == 0)
                total += space + headers.reduce(0) { $0 + $1.height } + strip.height
            }
            return total
        }
        /// The height of `group` at the top of an empty page.
        func heightAlone(of group: ArraySlice<Strip>) -> Double {
            group.enumerated().reduce(0) { total, element in
                let (offset, strip) = element
                let headers = offset == 0 ? strip.repeatHeader.reduce(0) { $0 + $1.height } : 0
                return total + strip.height + headers + (offset == 0 ? 0 : strip.spaceBefore)
            }
        }

        var deferred: [ArraySlice<Strip>] = []
        /// Starts a page with the figures that were waiting for one.
        func newPageWithFigures() {
            newPage()
            for figure in deferred {
                if y + height(of: figure) > pageHeight + 0.01 { newPage() }
                figure.forEach(place)
                figureGap = max(figureGap, figure.first?.spaceBefore ?? 0)
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
            let fits = y + height(of: group) <= pageHeight + 0.01
            let fitsAlone = heightAlone(of: group) <= pageHeight + 0.01
            if group.allSatisfy(\.floats) && !current.isEmpty && (!fits || !deferred.isEmpty) && fitsAlone {
                deferred.append(group)
            } else if fits {
                group.forEach(place)
            } else if !current.isEmpty && fitsAlone {
                if deferred.isEmpty { newPage() } else { newPageWithFigures() }
                if y + height(of: group) > pageHeight + 0.01 { newPage() }
                group.forEach(place)
            } else {
                // Taller than a page: fill pages strip by strip.
                for strip in group {
                    func needed() -> Double { height(of: ArraySlice([strip])) }
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
