/// Generates long, valid summaries for pagination tests and the benchmark: every
/// block kind of the format, deterministic text, any number of sections.
public enum SyntheticSummary {
    private static let words = """
        coopération développement stratégique partenariat économie commerce investissement sécurité défense \
        éducation culture science technologie infrastructure autoroute corridor frontalier industriel zone \
        délégation ministère secteur localité mémorandum accord résolution congrès mécanisme solidarité \
        amitié dirigeant rencontre visite État Parti Vietnam Laos Vientiane Hanoï région international \
        stabilité politique ordre social pilier diplomatie dispositif période exigence forum échange \
        information consultation soutien mutuel organisation population qualité vie projet clé avancée
        """.split(separator: " ").map(String.init)

    /// A summary in French and English with `sections` sections of `paragraphs`
    /// paragraphs each, plus a list, a quote, a callout and a table per section.
    public static func yaml(sections: Int, paragraphs: Int = 8, id: String = "synthetic") -> String {
        var generator = Generator(seed: 42)
        var lines = [
            "briefing: 1", "id: \(id)", "languages: [fr, en]",
            "title: {fr: \"Rapport de synthèse généré\", en: \"Generated summary report\"}",
            "date: 2025-12-02", "reference: SYN/0001", "issuer: {fr: Bureau de test, en: Test office}",
            "classification: {fr: Diffusion restreinte, en: Restricted}",
            "summary:",
            "  - {fr: \"Point clé **important** : \(sentence(&generator, 14))\", en: \"Key point: \(sentence(&generator, 14))\"}",
            "sections:",
        ]
        for section in 0..<sections {
            lines.append("  - title: {fr: \"Partie \(section + 1) \(sentence(&generator, 3))\", en: \"Part \(section + 1)\"}")
            lines.append("    body:")
            for paragraph in 0..<paragraphs {
                let length = 30 + generator.next(80)
                lines.append("      - {fr: \"\(sentence(&generator, length))\", en: \"\(sentence(&generator, length))\"}")
                if paragraph == 2 {
                    lines.append("      - list: [\"\(sentence(&generator, 12))\", \"\(sentence(&generator, 20))\"]")
                }
                if paragraph == 4 {
                    lines.append("      - {quote: \"\(sentence(&generator, 25))\", by: \"Tô Lâm\"}")
                    lines.append("      - {callout: \"\(sentence(&generator, 30))\", kind: note}")
                }
            }
            lines.append("      - table:")
            lines.append("          columns: [Projet, Description, Statut]")
            lines.append("          rows:")
            for _ in 0..<(3 + generator.next(6)) {
                lines.append("            - [\"\(sentence(&generator, 3))\", \"\(sentence(&generator, 18))\", \"En cours\"]")
            }
            if section % 3 == 2 {
                lines.append("    sections:")
                lines.append("      - title: \"Sous-partie \(section + 1).1\"")
                lines.append("        body: [\"\(sentence(&generator, 60))\"]")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func sentence(_ generator: inout Generator, _ count: Int) -> String {
        var result: [String] = []
        for index in 0..<count {
            var word = words[generator.next(words.count)]
            if index == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            result.append(word)
        }
        return result.joined(separator: " ") + "."
    }

    /// A tiny linear congruential generator: the same text on every machine.
    private struct Generator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }
}
