import BriefingModel

/// "Did you mean …?" hints for misspelt keys and names, so that a typo in a style file
/// costs one glance rather than a trip to the documentation.
enum Suggestion {
    /// The candidate nearest to `word`, if it is close enough to be a plausible typo:
    /// at most two edits, and fewer than half the word's letters.
    static func nearest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { (candidate: $0, distance: EditDistance.withTranspositions(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }) else {
            return nil
        }
        return best.distance <= min(2, max(1, word.count / 2)) ? best.candidate : nil
    }

    /// The hint for an unknown word: the nearest candidate, else every valid word.
    static func hint(for word: String, in candidates: [String]) -> String {
        if let near = nearest(to: word, in: candidates) {
            return "did you mean `\(near)`?"
        }
        return "expected one of " + candidates.sorted().map { "`\($0)`" }.joined(separator: ", ")
    }
}
