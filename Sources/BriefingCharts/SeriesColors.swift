import BriefingModel

/// The colours of a chart's series (a pie's slices), decided from what is the same in every
/// language edition of a summary, so that a series keeps its colour from one edition to the
/// next: its own `color`; else the colour of the delegation whose name it bears in any of the
/// summary's languages; else the palette's colour for its position, or the next one no other
/// series has. No two series share a colour while the palette, and its lighter second
/// round, have one to spare.
enum SeriesColors {
    static func assign(names: [Text?], own: [Color?], delegations: [ChartOptions.NamedColor], languages: [String],
                       palette: [Color]) -> [Color] {
        var colors = own
        var taken = Set(own.compactMap { $0 })
        var matched = Set<Int>()
        for index in colors.indices where colors[index] == nil {
            guard let name = names[index],
                  let delegation = delegations.indices.first(where: { candidate in
                      !matched.contains(candidate) && !taken.contains(delegations[candidate].color)
                          && same(name, delegations[candidate].name, languages: languages)
                  })
            else { continue }
            matched.insert(delegation)
            colors[index] = delegations[delegation].color
            taken.insert(delegations[delegation].color)
        }
        let rounds = extended(palette)
        guard !rounds.isEmpty else { return colors.map { $0 ?? .black } }
        return colors.indices.map { index in
            if let color = colors[index] { return color }
            let color = (0..<rounds.count).lazy.map { rounds[(index + $0) % rounds.count] }.first { !taken.contains($0) }
                ?? rounds[index % rounds.count]
            taken.insert(color)
            return color
        }
    }

    /// The palette, then the same hues lighter: a second round that stays apart from the
    /// first, so that up to twice the palette's count of series differ.
    static func extended(_ palette: [Color]) -> [Color] {
        palette + palette.map { $0.lighter(secondRound) }.filter { !palette.contains($0) }
    }

    /// How much lighter the palette's second round is.
    static let secondRound = 0.5

    /// Whether two texts read the same in one of `languages`.
    private static func same(_ a: Text, _ b: Text, languages: [String]) -> Bool {
        languages.contains { a.resolve($0).value == b.resolve($0).value }
    }
}
