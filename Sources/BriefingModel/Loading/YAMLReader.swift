import Foundation
// libyaml, as bundled with Yams. Its event parser is used directly instead of
// `Yams.compose` because the composer recurses once per nesting level and hashes map
// keys to find duplicates, which expands an aliased key completely: an alias bomb used
// as a key would hang it. Reading events keeps the depth check and the alias count
// ahead of any work, and the positions come from the same events.
internal import CYaml

/// Turns YAML text into `Node`s, stopping with a diagnostic at the first node that
/// nests deeper than `Limits.depth` or that takes the expanded document past
/// `Limits.nodes`, without ever expanding an alias.
struct YAMLReader {
    private struct Frame {
        var isMapping: Bool
        var line: Int
        var column: Int
        var anchor: String?
        /// `nodeCount` before this collection, so its expanded size is known at its end.
        var countAtStart: Int
        var children: [Node] = []
        /// The deepest nesting among the children (0 when they are all scalars).
        var childHeight = 0
    }

    /// What an anchor stands for: the node and the measures an alias to it adds.
    private struct Anchored {
        var node: Node
        var size: Int
        var height: Int
    }

    private let file: String
    private var diagnostics: [Diagnostic] = []
    private var stack: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var nodeCount = 0
    private var root: Node?

    private init(file: String) {
        self.file = file
    }

    /// `bytes` must be valid UTF-8 without a byte order mark. The root is nil when
    /// reading stopped early; it may come with errors that did not stop reading (an
    /// unsupported tag), so that the rest of the document is still checked.
    static func read(_ bytes: [UInt8], file: String) -> (root: Node?, diagnostics: [Diagnostic]) {
        var reader = YAMLReader(file: file)
        if !bytes.isEmpty {
            reader.run(bytes)
        }
        return (reader.root, reader.diagnostics)
    }

    private mutating func run(_ bytes: [UInt8]) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            fail(line: 1, column: 1, "cannot start the YAML reader (out of memory)")
            return
        }
        defer { yaml_parser_delete(&parser) }
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var documents = 0
            events: while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    syntaxError(parser, bytes: bytes)
                    break
                }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                let column = Int(event.start_mark.column) + 1
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    break events
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 {
                        fail(line: line, column: column, "a summary is a single YAML document, but a second one starts here")
                        break events
                    }
                case YAML_SCALAR_EVENT:
                    guard scalar(event, line: line, column: column) else { break events }
                case YAML_SEQUENCE_START_EVENT:
                    let start = event.data.sequence_start
                    guard open(mapping: false, anchor: Self.string(start.anchor), tag: Self.string(start.tag),
                               line: line, column: column) else { break events }
                case YAML_MAPPING_START_EVENT:
                    let start = event.data.mapping_start
                    guard open(mapping: true, anchor: Self.string(start.anchor), tag: Self.string(start.tag),
                               line: line, column: column) else { break events }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    close()
                case YAML_ALIAS_EVENT:
                    guard alias(Self.string(event.data.alias.anchor) ?? "", line: line, column: column) else { break events }
                default:
                    break
                }
            }
        }
    }

    private mutating func scalar(_ event: yaml_event_t, line: Int, column: Int) -> Bool {
        let data = event.data.scalar
        guard count(1, line: line, column: column, throughAlias: false) else { return false }
        let text = data.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self) }?
            .composed ?? ""
        let plain = data.style == YAML_PLAIN_SCALAR_STYLE
        let scalar = typed(text, plain: plain, tag: Self.string(data.tag), line: line, column: column)
        let node = Node(content: .scalar(scalar), line: line, column: column)
        if let anchor = Self.string(data.anchor) {
            anchors[anchor] = Anchored(node: node, size: 1, height: 0)
        }
        add(node, height: 0)
        return true
    }

    /// Applies an explicit core-schema tag (`!!str 10`, `!!float 1`); other tags are refused.
    private mutating func typed(_ text: String, plain: Bool, tag: String?, line: Int, column: Int) -> Scalar {
        let core = "tag:yaml.org,2002:"
        guard let tag else { return Scalar(text: text, plain: plain) }
        if tag == "!" || tag == core + "str" {
            return Scalar(text: text, plain: false)
        }
        let resolved = Scalar.resolve(text)
        let name = tag.hasPrefix(core) ? String(tag.dropFirst(core.count)) : tag
        switch (name, resolved) {
        case ("int", .int), ("float", .float), ("bool", .bool), ("null", .null):
            return Scalar(text: text, value: resolved)
        case ("float", .int(let int)):
            return Scalar(text: text, value: .float(Double(int)))
        case ("int", _), ("float", _), ("bool", _), ("null", _):
            fail(line: line, column: column, "`\(text)` is not a valid `\(Self.shortTag(tag))`")
        default:
            fail(line: line, column: column, "unsupported YAML tag `\(Self.shortTag(tag))`")
        }
        return Scalar(text: text, plain: plain)
    }

    private mutating func open(mapping: Bool, anchor: String?, tag: String?, line: Int, column: Int) -> Bool {
        if let tag, tag != "!", tag != "tag:yaml.org,2002:" + (mapping ? "map" : "seq") {
            fail(line: line, column: column, "unsupported YAML tag `\(Self.shortTag(tag))` on a \(mapping ? "map" : "list")")
        }
        guard stack.count < Limits.depth else {
            fail(line: line, column: column, "nesting deeper than \(Limits.depth) levels starts here")
            return false
        }
        let start = nodeCount
        guard count(1, line: line, column: column, throughAlias: false) else { return false }
        stack.append(Frame(isMapping: mapping, line: line, column: column, anchor: anchor, countAtStart: start))
        return true
    }

    private mutating func close() {
        guard let frame = stack.popLast() else { return }
        let content: Node.Content
        if frame.isMapping {
            content = .mapping(stride(from: 0, to: frame.children.count - 1, by: 2).map {
                Node.Pair(key: frame.children[$0], value: frame.children[$0 + 1])
            })
        } else {
            content = .sequence(frame.children)
        }
        let node = Node(content: content, line: frame.line, column: frame.column)
        let height = frame.childHeight + 1
        if let anchor = frame.anchor {
            anchors[anchor] = Anchored(node: node, size: nodeCount - frame.countAtStart, height: height)
        }
        add(node, height: height)
    }

    /// An alias adds the node it names without copying it; the count and depth grow as
    /// if it had been expanded, which is what any reader of the result will see.
    private mutating func alias(_ name: String, line: Int, column: Int) -> Bool {
        guard let anchored = anchors[name] else {
            fail(line: line, column: column, "alias `*\(name)` names no anchor defined before it (or the collection it is in)")
            return false
        }
        guard stack.count + anchored.height <= Limits.depth else {
            fail(line: line, column: column, "alias `*\(name)` makes the nesting deeper than \(Limits.depth) levels")
            return false
        }
        guard count(anchored.size, line: line, column: column, throughAlias: true) else { return false }
        var node = anchored.node
        node.line = line
        node.column = column
        add(node, height: anchored.height)
        return true
    }

    private mutating func count(_ nodes: Int, line: Int, column: Int, throughAlias: Bool) -> Bool {
        nodeCount += nodes
        guard nodeCount > Limits.nodes else { return true }
        fail(line: line, column: column, throughAlias
             ? "alias expansion takes the document beyond 1,000,000 nodes here"
             : "the document has more than 1,000,000 nodes")
        return false
    }

    private mutating func add(_ node: Node, height: Int) {
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].children.append(node)
            stack[stack.count - 1].childHeight = max(stack[stack.count - 1].childHeight, height)
        }
    }

    /// A syntax error leaves no root: a document libyaml could not finish reading (a
    /// stray line after the root map closed) is not checked against the format.
    private mutating func syntaxError(_ parser: yaml_parser_t, bytes: [UInt8]) {
        root = nil
        let problem = Self.string(parser.problem) ?? "unreadable YAML"
        if parser.error == YAML_READER_ERROR {
            let position = TextPosition(of: Int(parser.problem_offset), in: bytes)
            fail(line: position.line, column: position.column, "YAML syntax error: \(problem)")
            return
        }
        if problem.hasPrefix("Maximum nesting level") {
            // libyaml's own limit (1000) trips while its scanner looks ahead through a
            // long run of `[`, before this reader has seen the 65th level: find it.
            let context = (line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1)
            let position = Self.flowLevel(Limits.depth + 1, after: context, depth: stack.count, in: bytes) ?? context
            fail(line: position.line, column: position.column, "nesting deeper than \(Limits.depth) levels starts here")
            return
        }
        let mark = { (mark: yaml_mark_t) in YAMLSyntaxError.Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1) }
        let explained = YAMLSyntaxError.explain(problem: problem, context: Self.string(parser.context),
                                                problemMark: mark(parser.problem_mark), contextMark: mark(parser.context_mark),
                                                scanner: parser.error == YAML_SCANNER_ERROR, in: bytes)
        fail(line: explained.line, column: explained.column, explained.message, hint: explained.hint)
    }

    /// Records an error. Callers that cannot go on then return false to stop reading;
    /// a local problem (an unsupported tag) lets reading go on to find the next.
    private mutating func fail(line: Int, column: Int, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(at: SourceLocation(file: file, line: line, column: column), message, hint: hint))
    }

    /// Where flow brackets opened from `start` on, over `depth` open collections, reach
    /// `level`. Quoted strings are skipped roughly, which is enough for the input this
    /// serves: thousands of brackets in a row.
    private static func flowLevel(_ level: Int, after start: (line: Int, column: Int), depth: Int,
                                  in bytes: [UInt8]) -> (line: Int, column: Int)? {
        var (line, column) = (1, 1)
        var depth = depth
        var quote: UInt8?
        var previous: UInt8 = 0x20
        for byte in bytes {
            defer {
                previous = byte
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            guard (line, column) >= start else { continue }
            if let open = quote {
                if byte == open, previous != UInt8(ascii: "\\") { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if [UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: " ")].contains(previous) {
                    quote = byte
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth >= level { return (line, column) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            default:
                break
            }
        }
        return nil
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// `tag:yaml.org,2002:int` as authors write it: `!!int`.
    private static func shortTag(_ tag: String) -> String {
        let core = "tag:yaml.org,2002:"
        return tag.hasPrefix(core) ? "!!" + tag.dropFirst(core.count) : tag
    }
}
