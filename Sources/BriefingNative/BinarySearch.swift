extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `isAfter` holds, in a collection where
    /// every such element comes after every other (offsets in text order, glyphs along a
    /// run): found by halving, since a paragraph as long as a chapter is searched once per
    /// line. As swift-algorithms' function of the same name.
    @inlinable
    public func partitioningIndex(where isAfter: (Element) -> Bool) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
