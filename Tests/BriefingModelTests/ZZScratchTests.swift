import BriefingModel
import Testing

struct ZZScratchTests {
    @Test func scratch() {
        let inputs = [
            "briefing: 1\nid: x\nlanguages: [fr]\ntitle: \"Vientiane\ndate: 2025-12-02\nsections:\n  - title: T\n",
            "briefing: 1\ntitle: [unclosed\nid: x\n",
            "briefing: 1\ntitle: [a, b\nid: x\ndate: 2025\n",
            "a: 1\nb: \"x\" y\n",
            "a: [a, \"b\" c]\n",
            "a: {x: 1\n",
            "a: 1\nb\nc: 2\n",
            "a: \"bad \\q escape\"\n",
            "a: 'single\nb: 2\n",
            "a: \"x\n---\nb: 2\n",
            "a: b: c\n",
            "a: 1\n b: 2\n",
            "a: & x\n",
            "a: |x\n  t\n",
            "a: !<foo\n",
            "- a\nb: 1\n",
            "a:\n  - 1\n  b: 2\n",
            "a: @x\n",
            "a: `x\n",
            "a: [1, 2]]\n",
            "series: [{name: A, values: [1, 2]}\n         {name: B, values: [3]}]\n",
            "a: \"x\"\n\tb: 1\n",
            "a: 1\n%YAML 1.2\n",
            "key with \"quote: 1\n",
            "a: \"abc\ndef\n",
            "a: \"abc",
        ]
        for input in inputs {
            print("INPUT: \(input.debugDescription)")
            for d in SummaryLoader.load(string: input).diagnostics { print("   \(d)") }
        }
    }
}
