import { createRequire as __gateRequire } from 'node:module'; const require = __gateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM,
  require_tunnel,
  require_undici
} from "./chunk-EA3QGTPI.js";

// node_modules/parse-diff/index.js
var require_parse_diff = __commonJS({
  "node_modules/parse-diff/index.js"(exports, module) {
    module.exports = (n) => {
      if (!n) return [];
      if (typeof n != "string" || n.match(/^\s+$/)) return [];
      const s = n.split(`
`);
      if (s.length === 0) return [];
      const a = [];
      let o = null, d = null, u = 0, m = 0, l = null;
      const g = (e) => {
        d?.changes.push({ type: "normal", normal: true, ln1: u++, ln2: m++, content: e }), l.oldLines--, l.newLines--;
      }, p = (e) => {
        const [t, r] = parseFiles(e) ?? [];
        o = { chunks: [], deletions: 0, additions: 0, from: t, to: r }, a.push(o);
      }, i = () => {
        (!o || o.chunks.length) && p();
      }, $ = (e, t) => {
        i(), o.new = true, o.newMode = t[1], o.from = "/dev/null";
      }, N = (e, t) => {
        i(), o.deleted = true, o.oldMode = t[1], o.to = "/dev/null";
      }, x = (e, t) => {
        i(), o.oldMode = t[1];
      }, F = (e, t) => {
        i(), o.newMode = t[1];
      }, S = (e, t) => {
        i(), o.index = e.split(" ").slice(1), t[1] && (o.oldMode = o.newMode = t[1].trim());
      }, k = (e) => {
        i(), o.from = parseOldOrNewFile(e);
      }, y = (e) => {
        i(), o.to = parseOldOrNewFile(e);
      }, f = (e) => +(e || 1), M = (e, t) => {
        o || p(e);
        const [r, c, w, L] = t.slice(1);
        u = +r, m = +w, d = { content: e, changes: [], oldStart: +r, oldLines: f(c), newStart: +w, newLines: f(L) }, l = { oldLines: f(c), newLines: f(L) }, o.chunks.push(d);
      }, R = (e) => {
        d && (d.changes.push({ type: "del", del: true, ln: u++, content: e }), o.deletions++, l.oldLines--);
      }, b = (e) => {
        d && (d.changes.push({ type: "add", add: true, ln: m++, content: e }), o.additions++, l.newLines--);
      }, h = (e) => {
        if (!d) return;
        const [t] = d.changes.slice(-1);
        d.changes.push({ type: t.type, [t.type]: true, ln1: t.ln1, ln2: t.ln2, ln: t.ln, content: e });
      }, _ = [[/^diff\s/, p], [/^new file mode (\d+)$/, $], [/^deleted file mode (\d+)$/, N], [/^old mode (\d+)$/, x], [/^new mode (\d+)$/, F], [/^index\s[\da-zA-Z]+\.\.[\da-zA-Z]+(\s(\d+))?$/, S], [/^---\s/, k], [/^\+\+\+\s/, y], [/^@@\s+-(\d+),?(\d+)?\s+\+(\d+),?(\d+)?\s@@/, M], [/^\\ No newline at end of file$/, h]], v = [[/^\\ No newline at end of file$/, h], [/^-/, R], [/^\+/, b], [/^\s*/, g]], C = (e) => {
        for (const [t, r] of v) {
          const c = e.match(t);
          if (c) {
            r(e, c);
            break;
          }
        }
        l.oldLines === 0 && l.newLines === 0 && (l = null);
      }, H = (e) => {
        for (const [t, r] of _) {
          const c = e.match(t);
          if (c) {
            r(e, c);
            break;
          }
        }
      }, O = (e) => {
        l ? C(e) : H(e);
      };
      for (const e of s) O(e);
      return a;
    };
    var fileNameDiffRegex = /(a|i|w|c|o|1|2)\/.*(?=["']? ["']?(b|i|w|c|o|1|2)\/)|(b|i|w|c|o|1|2)\/.*$/g;
    var gitFileHeaderRegex = /^(a|b|i|w|c|o|1|2)\//;
    var parseFiles = (n) => n?.match(fileNameDiffRegex)?.map((a) => a.replace(gitFileHeaderRegex, "").replace(/("|')$/, ""));
    var qoutedFileNameRegex = /^\\?['"]|\\?['"]$/g;
    var parseOldOrNewFile = (n) => {
      let s = leftTrimChars(n, "-+").trim();
      return s = removeTimeStamp(s), s.replace(qoutedFileNameRegex, "").replace(gitFileHeaderRegex, "");
    };
    var leftTrimChars = (n, s) => {
      if (n = makeString(n), !s && String.prototype.trimLeft) return n.trimLeft();
      const a = formTrimmingString(s);
      return n.replace(new RegExp(`^${a}+`), "");
    };
    var timeStampRegex = /\t.*|\d{4}-\d\d-\d\d\s\d\d:\d\d:\d\d(.\d+)?\s(\+|-)\d\d\d\d/;
    var removeTimeStamp = (n) => {
      const s = timeStampRegex.exec(n);
      return s && (n = n.substring(0, s.index).trim()), n;
    };
    var formTrimmingString = (n) => n == null ? "\\s" : n instanceof RegExp ? n.source : `[${makeString(n).replace(/([.*+?^=!:${}()|[\]/\\])/g, "\\$1")}]`;
    var makeString = (n) => `${n ?? ""}`;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix2] = parts;
            this.tags[handle] = prefix2;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix2 = this.tags[handle];
        if (prefix2) {
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix2] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix2))
            return handle + escapeTagName(tag.substring(prefix2.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix2] of tagEntries) {
          if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix2)))
            lines.push(`%TAG ${handle} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix2}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix2, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug2(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning2) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning2);
        else
          console.warn(warning2);
      }
    }
    exports.debug = debug2;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix2 + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str.substr(1) : prefix2 + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep4 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning2) => {
          const pos = getErrorPos(source);
          if (warning2)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning2) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning2);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep4, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar.end) {
            sep4 = scalar.end;
            sep4.push(this.sourceToken);
            delete scalar.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs3 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs3, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs3);
              } else {
                Object.assign(it, { key: fs3, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs3 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs3, sep: [] });
              else if (it.sep)
                this.stack.push(fs3);
              else
                Object.assign(it, { key: fs3, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning2) => log.warn(doc.options.logLevel, warning2));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value) {
      try {
        step2(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step2(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step2(result) {
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step2((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value) {
      try {
        step2(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step2(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step2(result) {
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step2((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}

// src/constants.ts
var Inputs = {
  WorkingDirectory: "working-directory",
  Base: "base",
  Threshold: "threshold",
  Include: "include",
  Exclude: "exclude",
  StrykerConfig: "stryker-config",
  Concurrency: "concurrency",
  AiThreshold: "ai-threshold",
  AiDetection: "ai-detection",
  AiLabels: "ai-labels",
  AiPatterns: "ai-patterns",
  UnknownAs: "unknown-as",
  Annotations: "annotations",
  Comment: "comment",
  GithubToken: "github-token",
  OnError: "on-error",
  TimeoutMinutes: "timeout-minutes",
  AllowUntrustedCode: "allow-untrusted-code",
  TestEnv: "test-env",
  Isolation: "isolation",
  Timeouts: "timeouts",
  EveryTest: "every-test",
  FlakyCheck: "flaky-check",
  Stryker: "stryker",
  Shard: "shard",
  MergeShards: "merge-shards",
  Reuse: "reuse",
  StateDir: "state-dir",
  MaxMutants: "max-mutants",
  MutantsPerLine: "mutants-per-line",
  AiApprovals: "ai-approvals",
  AiApprovalsMinLines: "ai-approvals-min-lines"
};
var Outputs = {
  Verdict: "verdict",
  Score: "score",
  Mutants: "mutants",
  Killed: "killed",
  Survived: "survived",
  NoCoverage: "no-coverage",
  Timeout: "timeout",
  Report: "report",
  AiDetected: "ai-detected",
  AiLines: "ai-lines",
  AiMutants: "ai-mutants",
  AiScore: "ai-score",
  HtmlReport: "html-report",
  Findings: "findings",
  BundledStryker: "bundled-stryker",
  ShardResult: "shard-result",
  Reused: "reused",
  Approvals: "approvals",
  ApprovalsRequired: "approvals-required"
};
var SOURCE_EXTENSIONS = ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts"];
var SOURCE_FILE = new RegExp(`\\.(?:${SOURCE_EXTENSIONS.join("|")})$`);
var DEFAULT_INCLUDE = [`**/*.{${SOURCE_EXTENSIONS.join(",")}}`];
var DEFAULT_EXCLUDE = [
  "**/*.test.*",
  "**/*.spec.*",
  "**/__tests__/**",
  "**/test/**",
  "**/tests/**",
  "**/*.d.{ts,mts,cts}",
  "**/*.config.*",
  "**/node_modules/**",
  "**/dist/**",
  "**/coverage/**"
];
var DEFAULT_AI_LABELS = Object.freeze(["ai-generated", "ai-assisted"]);
var DEFAULT_AI_THRESHOLD = 80;
var DEFAULT_THRESHOLD = 50;
var MINIMUM_NODE_MAJOR = 22;
var DEFAULT_FLAKY_CHECK = 2;

// src/adapters/run-files.ts
import { access as access2, mkdtemp, readdir as readdir2, readFile, realpath, rm as rm2, stat as stat2, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
async function createRunFiles(env = process.env) {
  const parent = env.RUNNER_TEMP !== void 0 && env.RUNNER_TEMP !== "" ? env.RUNNER_TEMP : tmpdir();
  const directory = await mkdtemp(join(parent, "mutation-gate-"));
  return {
    directory,
    strykerConfigPath: join(directory, "stryker.config.mjs"),
    projectConfigPath: join(directory, "project-stryker.conf.json"),
    mutationReportPath: join(directory, "mutation.json"),
    sealModulePath: join(directory, "report-seal.mjs"),
    htmlReportPath: join(directory, "mutation-report.html"),
    recheckConfigPath: join(directory, "recheck-stryker.config.mjs"),
    recheckHtmlReportPath: join(directory, "recheck-report.html"),
    probeConfigPath: join(directory, "probe-stryker.config.mjs"),
    probeReportPath: join(directory, "probe-mutation.json"),
    probeHtmlReportPath: join(directory, "probe-report.html"),
    // Unique to the run (its directory's random suffix): the file goes in the project, beside the PR's own.
    probeModuleName: `${basename(directory)}-probe.cjs`,
    enumerateConfigPath: join(directory, "enumerate-stryker.config.mjs"),
    enumerateReportPath: join(directory, "enumerate-mutation.json"),
    gateReportPath: join(directory, "mutation-gate-report.json"),
    shardResultPath: join(directory, "mutation-gate-shard.json")
  };
}
async function writeTextFile(path2, text) {
  await writeFile2(path2, text, "utf8");
}
async function fileExists(path2) {
  return access2(path2).then(
    () => true,
    () => false
  );
}
var localFiles = {
  async realDirectory(path2) {
    const info2 = await stat2(path2).catch(() => void 0);
    return info2?.isDirectory() ? realpath(path2) : void 0;
  },
  readText: (path2) => readFile(path2, "utf8").catch(() => void 0),
  writeText: writeTextFile,
  remove: (path2) => rm2(path2, { force: true }),
  async filesIn(directory, suffix) {
    const entries = await readdir2(directory, { withFileTypes: true, recursive: true }).catch(() => void 0);
    return entries?.filter((entry) => entry.isFile() && entry.name.endsWith(suffix)).map((entry) => join(entry.parentPath, entry.name)).sort();
  }
};

// src/adapters/action-results.ts
function setOutputs(outputs) {
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
}
async function writeJobSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    debug("GITHUB_STEP_SUMMARY is not set: no job summary written.");
    return;
  }
  await summary.addRaw(markdown).write();
}
function gateReportText(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
async function writeGateReport(path2, report) {
  await writeTextFile(path2, gateReportText(report));
}

// src/adapters/bundled-stryker.ts
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir as mkdir2, mkdtemp as mkdtemp2, readFile as readFile3, realpath as realpath2, rename as rename2, rm as rm3, symlink as symlink2, writeFile as writeFile3 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname2, join as join3 } from "node:path";
import { createInterface } from "node:readline";

// src/core/stryker/run-setup.ts
var COMMAND_RUNNER = "command";
var runnerPluginPackage = (runner) => `@stryker-mutator/${runner.toLowerCase()}-runner`;

// src/core/stryker/runner-detection.ts
var PLUGIN_RUNNERS = ["vitest", "jest", "mocha", "jasmine", "tap"];
var CONFIG_FILES = {
  vitest: ["ts", "mts", "cts", "js", "mjs", "cjs"].flatMap((extension) => [`vitest.config.${extension}`, `vitest.workspace.${extension}`]),
  jest: ["js", "ts", "mjs", "cjs", "json"].map((extension) => `jest.config.${extension}`),
  mocha: ["js", "cjs", "mjs", "json", "jsonc", "yaml", "yml"].map((extension) => `.mocharc.${extension}`),
  jasmine: ["json", "js", "mjs"].map((extension) => `spec/support/jasmine.${extension}`),
  tap: [".taprc"]
};
var RUNNER_CONFIG_FILES = PLUGIN_RUNNERS.flatMap((runner) => CONFIG_FILES[runner]);
var NODE_TEST = /(?:^|[\s;&|(])(node\s+(?:[^;&|()]*\s)?--test\b[^;&|()]*)/;
function packageFacts(packageJson) {
  let parsed = {};
  try {
    const value = JSON.parse(packageJson ?? "{}");
    if (typeof value === "object" && value !== null && !Array.isArray(value)) parsed = value;
  } catch {
  }
  const record = (key) => {
    const value = parsed[key];
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
  };
  return {
    fields: new Set(Object.keys(parsed)),
    testScript: scriptsRun(record("scripts"), "test").join(" ; "),
    dependencies: /* @__PURE__ */ new Set([...Object.keys(record("devDependencies")), ...Object.keys(record("dependencies"))])
  };
}
var RUNS_SCRIPT = /(?:^|[\s;&|(])(?:npm\s+(?:run|run-script)|pnpm(?:\s+run)?|yarn(?:\s+run)?)\s+([\w:.-]+)/g;
function scriptsRun(scripts, name, seen = /* @__PURE__ */ new Set()) {
  const text = scripts[name];
  if (typeof text !== "string" || seen.has(name)) return [];
  seen.add(name);
  return [text, ...[...text.matchAll(RUNS_SCRIPT)].flatMap((match2) => scriptsRun(scripts, match2[1], seen))];
}
function scriptRunner(script) {
  const named = PLUGIN_RUNNERS.map((runner) => ({ runner, at: new RegExp(`(^|[\\s;&|(/])${runner}(\\s|$)`).exec(script)?.index })).filter((found) => found.at !== void 0).sort((a, b) => a.at - b.at);
  return named[0]?.runner;
}
function detectTestRunner(packageJson, files) {
  for (const runner of PLUGIN_RUNNERS) {
    const file = CONFIG_FILES[runner].find((name) => files.has(name));
    if (file !== void 0) return { runner, evidence: file };
  }
  const facts = packageFacts(packageJson);
  const field = ["jest", "mocha", "tap"].find((name) => facts.fields.has(name));
  if (field !== void 0) return { runner: field, evidence: `package.json "${field}"` };
  const nodeTest = NODE_TEST.exec(facts.testScript);
  if (nodeTest !== null) return { runner: "node:test", evidence: "the test script", command: nodeTest[1].trim() };
  const fromScript = scriptRunner(facts.testScript);
  if (fromScript !== void 0) return { runner: fromScript, evidence: "the test script" };
  const dependency = PLUGIN_RUNNERS.find((runner) => facts.dependencies.has(runner));
  return dependency === void 0 ? void 0 : { runner: dependency, evidence: `the ${dependency} dependency` };
}
function detectedConfig(detected, installed) {
  if (detected === void 0) return { detected, missingPlugin: void 0, config: { testRunner: "command" } };
  if (detected.runner === "node:test") {
    const command = detected.command === void 0 ? {} : { commandRunner: { command: detected.command } };
    return { detected, missingPlugin: void 0, config: { testRunner: "command", ...command } };
  }
  const plugin = runnerPluginPackage(detected.runner);
  if (!installed(plugin)) return { detected, missingPlugin: plugin, config: { testRunner: "command" } };
  return { detected, missingPlugin: void 0, config: { testRunner: detected.runner, coverageAnalysis: "perTest", plugins: [plugin] } };
}

// src/core/stryker/bundled-stryker.ts
var BUNDLED_SETS = [COMMAND_RUNNER, ...PLUGIN_RUNNERS];
var PROJECT_PACKAGES = {
  command: [],
  vitest: ["vitest"],
  jest: [],
  mocha: ["mocha"],
  jasmine: ["jasmine"],
  tap: []
};
var OPTIONAL_PROJECT_PACKAGES = ["typescript", "svelte"];
function bundledSetFor(testRunner) {
  const name = testRunner.toLowerCase();
  return BUNDLED_SETS.find((set) => set === name);
}
var TEST_RUNNER_SETTING = /["']?testRunner["']?\s*:\s*["'`]([\w-]+)["'`]/;
function configTestRunner(configText) {
  const named = TEST_RUNNER_SETTING.exec(configText)?.[1];
  if (named !== void 0) return named;
  return /\btestRunner\b/.test(configText) ? void 0 : COMMAND_RUNNER;
}

// src/core/stryker/package-manager.ts
var MANAGER_FILES = [
  "package-lock.json",
  "npm-shrinkwrap.json",
  "pnpm-lock.yaml",
  "yarn.lock",
  "bun.lock",
  "bun.lockb",
  ".yarnrc.yml",
  ".pnp.cjs",
  ".pnp.js"
];
var NODE_LINKER = /^\s*nodeLinker:\s*["']?([\w-]+)/m;
function detectPackageManager(signs) {
  const { files } = signs;
  const declared = /^(npm|pnpm|yarn|bun)@(\d+)/.exec(signs.packageManager ?? "");
  const berry = files.has(".yarnrc.yml") || declared?.[1] === "yarn" && Number(declared[2]) >= 2;
  const fromLockfile = () => {
    if (files.has("pnpm-lock.yaml")) return "pnpm";
    if (files.has("yarn.lock") || berry) return berry ? "yarn-berry" : "yarn";
    if (files.has("bun.lock") || files.has("bun.lockb")) return "bun";
    return "npm";
  };
  const named = declared?.[1];
  const manager = named === void 0 ? fromLockfile() : named === "yarn" ? berry ? "yarn-berry" : "yarn" : named;
  const linker = NODE_LINKER.exec(signs.yarnrc ?? "")?.[1];
  const plugAndPlay = manager === "yarn-berry" && (files.has(".pnp.cjs") || files.has(".pnp.js") || linker === void 0 || linker === "pnp");
  return { manager, plugAndPlay };
}
function installCommand(manager) {
  switch (manager) {
    case "npm":
      return "npm ci";
    case "pnpm":
      return "pnpm install --frozen-lockfile";
    case "yarn":
      return "yarn install --frozen-lockfile";
    case "yarn-berry":
      return "yarn install --immutable";
    case "bun":
      return "bun install --frozen-lockfile";
  }
}
function addDevCommand(manager, packages) {
  const add = manager === "npm" ? "npm install --save-dev" : manager === "bun" ? "bun add --dev" : `${manager === "pnpm" ? "pnpm" : "yarn"} add --dev`;
  return `${add} ${packages.join(" ")}`;
}
var PLUG_AND_PLAY = "The project installs with Yarn Plug'n'Play, and Stryker cannot run without a node_modules folder: set nodeLinker: node-modules in .yarnrc.yml and run yarn install";
function strykerNotInstalledAdvice({ manager, plugAndPlay }) {
  const add = addDevCommand(manager, ["@stryker-mutator/core", "@stryker-mutator/vitest-runner"]);
  if (plugAndPlay) {
    return `${PLUG_AND_PLAY}, add Stryker and the plugin of the project's test runner (${add}), and install dependencies (yarn install --immutable) before this step.`;
  }
  return `Add it to the project with the plugin of its test runner (for Vitest: ${add}) and install dependencies (${installCommand(manager)}) before this step, or set the input stryker to auto and the gate brings its own.`;
}
function dependenciesNotInstalledAdvice({ manager, plugAndPlay }) {
  if (plugAndPlay) return `${PLUG_AND_PLAY} before this step.`;
  return `Install the project's dependencies (${installCommand(manager)}) before this step.`;
}

// src/pipeline/gate-error.ts
var GateError = class extends Error {
  constructor(message, details = [], { tampering = false } = {}) {
    super(message);
    this.details = details;
    this.name = "GateError";
    this.tampering = tampering;
  }
  details;
  /** The change's code interfered with the measurement: the step fails even with on-error: warn. */
  tampering;
};

// src/adapters/project-packages.ts
import { readFile as readFile2 } from "node:fs/promises";
import { dirname, join as join2, resolve } from "node:path";
async function findProjectPackage(workingDirectory, name) {
  for (let directory = resolve(workingDirectory); ; directory = dirname(directory)) {
    const packageDirectory = join2(directory, "node_modules", ...name.split("/"));
    if (await fileExists(join2(packageDirectory, "package.json"))) return packageDirectory;
    if (dirname(directory) === directory) return void 0;
  }
}
async function strykerCliIn(corePackage) {
  try {
    const manifest = JSON.parse(await readFile2(join2(corePackage, "package.json"), "utf8"));
    const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.stryker;
    return bin === void 0 ? void 0 : join2(corePackage, bin);
  } catch {
    return void 0;
  }
}
async function findProjectStrykerCli(workingDirectory) {
  const corePackage = await findProjectPackage(workingDirectory, "@stryker-mutator/core");
  return corePackage === void 0 ? void 0 : strykerCliIn(corePackage);
}
async function readJsonField(path2, field) {
  try {
    const value = JSON.parse(await readFile2(path2, "utf8"))[field];
    return typeof value === "string" ? value : void 0;
  } catch {
    return void 0;
  }
}
async function managerSigns(workingDirectory) {
  let packageManager;
  for (let directory = resolve(workingDirectory); ; directory = dirname(directory)) {
    packageManager ??= await readJsonField(join2(directory, "package.json"), "packageManager");
    const present = /* @__PURE__ */ new Set();
    for (const name of MANAGER_FILES) if (await fileExists(join2(directory, name))) present.add(name);
    if (present.size > 0 || dirname(directory) === directory) {
      const yarnrc = present.has(".yarnrc.yml") ? await readFile2(join2(directory, ".yarnrc.yml"), "utf8") : void 0;
      return { files: present, packageManager, yarnrc };
    }
  }
}
async function projectManager(workingDirectory) {
  return detectPackageManager(await managerSigns(workingDirectory));
}

// src/adapters/bundled-stryker.ts
var NPM_CACHE_FOLDER = "mutation-gate-npm-cache";
function bundledStrykerPlaces(sets, env = process.env) {
  const runnerTemp = env.RUNNER_TEMP === void 0 || env.RUNNER_TEMP === "" ? void 0 : env.RUNNER_TEMP;
  return { sets, installs: runnerTemp ?? tmpdir2(), npmCache: runnerTemp === void 0 ? void 0 : join3(runnerTemp, NPM_CACHE_FOLDER) };
}
var FINISHED = ".mutation-gate-installed";
async function npmCommand() {
  const prefix2 = dirname2(dirname2(process.execPath));
  for (const cli of [
    join3(prefix2, "lib", "node_modules", "npm", "bin", "npm-cli.js"),
    join3(dirname2(process.execPath), "node_modules", "npm", "bin", "npm-cli.js")
  ]) {
    if (await fileExists(cli)) return [process.execPath, cli];
  }
  return ["npm"];
}
async function runNpm(npm, directory, args) {
  const [file, ...prefix2] = npm ?? await npmCommand();
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^INPUT_/i.test(name)));
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, [...prefix2, ...args], { cwd: directory, env, stdio: ["ignore", "pipe", "pipe"] });
    const output = [];
    const readers = [child.stdout, child.stderr].map((stream) => {
      const reader = createInterface({ input: stream, crlfDelay: Infinity });
      reader.on("line", (line) => {
        if (line.trim() !== "") output.push(line);
      });
      return new Promise((done) => reader.once("close", done));
    });
    child.once("error", (error2) => reject(new GateError(`Could not start npm to install the gate's Stryker: ${error2.message}`)));
    child.once("close", (code) => {
      void Promise.all(readers).then(() => resolvePromise({ code, output }));
    });
  });
}
async function projectPackages(set, workingDirectory) {
  const found = [];
  for (const name of [...PROJECT_PACKAGES[set], ...OPTIONAL_PROJECT_PACKAGES]) {
    const projectPackage = await findProjectPackage(workingDirectory, name);
    if (projectPackage !== void 0) {
      found.push({ name, path: await realpath2(projectPackage) });
    } else if (PROJECT_PACKAGES[set].includes(name)) {
      const advice = dependenciesNotInstalledAdvice(await projectManager(workingDirectory));
      throw new GateError(`The project's ${name} is not installed in ${workingDirectory}, and Stryker's ${set} runner needs it. ${advice}`);
    }
  }
  return found;
}
async function bundledStrykerCli(places, set, workingDirectory, progress) {
  const manager = await projectManager(workingDirectory);
  if (manager.plugAndPlay) throw new GateError(dependenciesNotInstalledAdvice(manager));
  const setFolder = join3(places.sets, set);
  const [manifest, lockfile] = await Promise.all(
    ["package.json", "package-lock.json"].map((name) => readFile3(join3(setFolder, name), "utf8").catch(() => void 0))
  );
  if (manifest === void 0 || lockfile === void 0) {
    throw new GateError(`The action's Stryker for ${set} is missing (${setFolder}): the action's files are incomplete.`);
  }
  const linked = await projectPackages(set, workingDirectory);
  const key = createHash("sha256").update(lockfile).update(JSON.stringify(linked)).digest("hex").slice(0, 16);
  const directory = join3(places.installs, `mutation-gate-stryker-${set}-${key}`);
  const corePackage = join3(directory, "node_modules", "@stryker-mutator", "core");
  if (await readFile3(join3(directory, FINISHED), "utf8").catch(() => void 0) === key) {
    progress(`The gate's Stryker for ${set} is installed already: ${directory}.`);
    return cliOf(set, corePackage);
  }
  await mkdir2(places.installs, { recursive: true });
  const staging = await mkdtemp2(`${directory}-staging-`);
  try {
    await writeFile3(join3(staging, "package.json"), manifest);
    await writeFile3(join3(staging, "package-lock.json"), lockfile);
    progress(`Installing the gate's Stryker for ${set} (npm ci of the action's bundled-stryker/${set} lockfile)\u2026`);
    const started = Date.now();
    const { code, output } = await runNpm(places.npm, staging, [
      "ci",
      "--ignore-scripts",
      "--legacy-peer-deps",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--loglevel=error",
      ...places.npmCache === void 0 ? [] : ["--cache", places.npmCache]
    ]);
    if (code !== 0) {
      throw new GateError(
        `npm could not install the gate's Stryker for ${set} (exit code ${code}): the npm registry must be reachable, or install Stryker in the project and set the input stryker to project.`,
        output.slice(-30)
      );
    }
    for (const { name, path: path2 } of linked) await symlink2(path2, join3(staging, "node_modules", name), "dir");
    await writeFile3(join3(staging, FINISHED), key);
    await moveInPlace(staging, directory);
    progress(`Installed in ${((Date.now() - started) / 1e3).toFixed(1)} s: ${directory}.`);
  } finally {
    await rm3(staging, { recursive: true, force: true });
  }
  return cliOf(set, corePackage);
}
async function moveInPlace(staging, directory) {
  try {
    await rename2(staging, directory);
  } catch {
    if (await fileExists(join3(directory, FINISHED))) return;
    await rm3(directory, { recursive: true, force: true });
    await rename2(staging, directory);
  }
}
async function cliOf(set, corePackage) {
  const cli = await strykerCliIn(corePackage);
  if (cli === void 0)
    throw new GateError(`The gate's Stryker for ${set} has no CLI in ${corePackage}: remove its folder and run again.`);
  return cli;
}

// src/core/attribution/commits.ts
var COMMIT_LOG_FORMAT = "%H%x1f%P%x1f%an%x1f%ae%x1f%cn%x1f%ce%x1f%B%x1e";
function parseCommitLog(text) {
  return text.split("").map((record) => record.replace(/^\n/, "")).filter((record) => record.trim() !== "").map((record) => {
    const [sha = "", parents = "", authorName = "", authorEmail = "", committerName = "", committerEmail = "", message = ""] = record.split("");
    return {
      sha,
      parents: parents.split(" ").filter((parent) => parent !== ""),
      authorName,
      authorEmail,
      committerName,
      committerEmail,
      message
    };
  });
}
var TRAILER_LINE = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$/;
function trailersOf(message) {
  return message.split("\n").flatMap((raw) => {
    const line = raw.trim();
    const match2 = TRAILER_LINE.exec(line);
    return match2 ? [{ key: match2[1], value: match2[2].trim(), line }] : [];
  });
}
var NAME_AND_EMAIL = /^(.*?)\s*<([^>]*)>\s*$/;
function peopleOf(commit) {
  const coAuthors = trailersOf(commit.message).filter((trailer) => trailer.key.toLowerCase() === "co-authored-by").map((trailer) => {
    const match2 = NAME_AND_EMAIL.exec(trailer.value);
    return { name: match2?.[1] ?? trailer.value, email: match2?.[2] ?? "", role: "Co-authored-by" };
  });
  return [
    { name: commit.authorName, email: commit.authorEmail, role: "author" },
    { name: commit.committerName, email: commit.committerEmail, role: "committer" },
    ...coAuthors
  ];
}

// src/core/approvals/ai-approvals.ts
var DECISIVE_STATES = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
var APPROVER_PERMISSIONS = /* @__PURE__ */ new Set(["admin", "write"]);
function latestDecisions(reviews) {
  const latest = /* @__PURE__ */ new Map();
  for (const review of reviews) {
    if (DECISIVE_STATES.has(review.state)) latest.set(review.login.toLowerCase(), review);
  }
  return [...latest.values()];
}
function approvalCandidates(reviews, pullRequest) {
  const author = pullRequest.authorLogin.toLowerCase();
  return latestDecisions(reviews).filter(
    (review) => review.state === "APPROVED" && review.commit === pullRequest.headSha && !review.isBot && review.login.toLowerCase() !== author
  );
}
var mentions = (logins) => logins.map((login) => `@${login}`).join(", ");
function wroteCommit(login, account, commit) {
  const name = login.toLowerCase();
  const short2 = commit.info.sha.slice(0, 7);
  if (commit.authorLogin?.toLowerCase() === name) return `the author of commit ${short2}`;
  if (commit.committerLogin?.toLowerCase() === name) return `the committer of commit ${short2}`;
  const noReply = new RegExp(`^(\\d+\\+)?${name.replaceAll(/[.*+?^${}()|[\]\\]/g, "\\$&")}@users\\.noreply\\.github\\.com$`, "i");
  const publicEmail = account?.publicEmail?.toLowerCase() || void 0;
  const person = peopleOf(commit.info).find((candidate) => {
    const email = candidate.email.toLowerCase();
    return noReply.test(email) || email === publicEmail;
  });
  return person && `${person.role === "Co-authored-by" ? "a co-author" : `the ${person.role}`} of commit ${short2} (${person.email})`;
}
function refusal(review, facts, pullRequest) {
  if (review.isBot) return "a bot";
  if (review.commit !== pullRequest.headSha) return `approved ${review.commit.slice(0, 7)}, before the last push`;
  if (review.login.toLowerCase() === pullRequest.authorLogin.toLowerCase()) return "the pull request's author";
  const account = facts.accounts.get(review.login.toLowerCase());
  for (const commit of facts.commits) {
    const wrote = wroteCommit(review.login, account, commit);
    if (wrote !== void 0) return wrote;
  }
  const permission = account?.permission ?? "none";
  return APPROVER_PERMISSIONS.has(permission) ? void 0 : `no write access (permission ${permission})`;
}
function countApprovals(facts, pullRequest) {
  const approvers = [];
  const refused = [];
  const approvedOnce = new Set(facts.reviews.filter((review) => review.state === "APPROVED").map((review) => review.login.toLowerCase()));
  for (const review of latestDecisions(facts.reviews)) {
    if (review.state !== "APPROVED") {
      if (approvedOnce.has(review.login.toLowerCase())) {
        refused.push({
          login: review.login,
          why: review.state === "DISMISSED" ? "the approval was dismissed" : "requested changes after approving"
        });
      }
      continue;
    }
    const why = refusal(review, facts, pullRequest);
    if (why === void 0) approvers.push(review.login);
    else refused.push({ login: review.login, why });
  }
  return { approvers, refused };
}
var needsApprovals = (check) => check.required > 0 && check.aiLines >= check.minLines;
var approvalsRequired = (check) => needsApprovals(check) ? check.required : 0;
function approvalShortfall(check) {
  if (!needsApprovals(check) || check.approvers.length >= check.required) return void 0;
  const has = check.approvers.length === 0 ? "has none" : `has ${check.approvers.length}, from ${mentions(check.approvers)}`;
  const why = check.unavailable ?? check.refused.map(({ login, why: reason }) => `@${login}: ${reason}`).join("; ");
  return `needs ${check.required} approval(s) from people who did not write this change (${check.aiLines} AI-touched changed line(s), ai-approvals-min-lines ${check.minLines}): ${has}${why === "" ? "" : ` (${why})`}`;
}
function withApprovals(verdict, check) {
  if (check === void 0 || !needsApprovals(check)) return verdict;
  const shortfall = approvalShortfall(check);
  if (shortfall === void 0) {
    return { ...verdict, reason: `${verdict.reason} Approved by ${mentions(check.approvers)}, as ai-approvals asks.` };
  }
  return {
    kind: verdict.kind === "error" ? "error" : "fail",
    reason: `This AI-touched change ${shortfall}. The tests: ${verdict.reason}`
  };
}
function withApprovalCheck(report, check) {
  return check === void 0 ? report : { ...report, verdict: withApprovals(report.verdict, check), aiApprovals: check };
}

// src/adapters/github-api.ts
var QUOTED_MESSAGE_CHARS = 300;
var StepFailure = class extends Error {
};
function httpAnswer(error2) {
  if (typeof error2 !== "object" || error2 === null) return void 0;
  const { status, response } = error2;
  if (typeof status !== "number" || typeof response !== "object" || response === null) return void 0;
  return { status, data: response.data };
}
function quote(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > QUOTED_MESSAGE_CHARS ? `${line.slice(0, QUOTED_MESSAGE_CHARS)}\u2026` : line;
}
function errorDetail(item) {
  const message = typeof item === "object" && item !== null ? item.message : void 0;
  return typeof message === "string" ? message : JSON.stringify(item);
}
function githubMessage(data) {
  if (typeof data === "string") return quote(data);
  if (typeof data === "object" && data !== null && typeof data.message === "string") {
    const { message, errors } = data;
    const details = Array.isArray(errors) ? errors.map(errorDetail) : [];
    return quote(details.length > 0 ? `${message}: ${details.join("; ")}` : message);
  }
  return "no message";
}
function rootCause(error2) {
  let current = error2;
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause !== void 0; depth++) current = current.cause;
  return current;
}
function describeFailure(attempt, error2, timeoutMs, hint = "") {
  const answer = httpAnswer(error2);
  if (answer !== void 0) {
    const permission = hint !== "" && (answer.status === 403 || answer.status === 404) ? ` ${hint}` : "";
    return `${attempt} failed: HTTP ${answer.status}: ${githubMessage(answer.data)}.${permission}`;
  }
  const cause = rootCause(error2);
  if (cause instanceof Error && (cause.name === "TimeoutError" || cause.name === "AbortError")) {
    return `${attempt} failed: GitHub did not answer within ${timeoutMs / 1e3} s.`;
  }
  const message = quote(cause instanceof Error ? cause.message : String(cause));
  if (error2 instanceof Error && error2.name === "HttpError") return `${attempt} failed: no answer from GitHub (${message}).`;
  return `${attempt} failed: GitHub's answer could not be read (${message}).`;
}
async function step(attempt, timeoutMs, hint, work) {
  try {
    return await work();
  } catch (error2) {
    throw new StepFailure(describeFailure(attempt, error2, timeoutMs, hint));
  }
}
function unexpectedAnswer(attempt) {
  return new StepFailure(`${attempt} failed: GitHub's answer could not be read (not the JSON expected).`);
}
async function createClient(apiUrl, token, timeoutMs) {
  const { getOctokit } = await import("./github-QKTHUAW5.js");
  const octokit = getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, "") });
  octokit.hook.before("request", (options) => {
    options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) };
  });
  return octokit;
}

// src/adapters/approvals.ts
var TIMEOUT_MS = 3e4;
var READ_HINT = "Reading reviews needs `permissions: pull-requests: read` in the workflow.";
var GITHUB_COMMIT_LIST_LIMIT = 250;
function toReview(item) {
  if (typeof item !== "object" || item === null) return void 0;
  const {
    user,
    state,
    commit_id: commit
  } = item;
  if (typeof user?.login !== "string" || typeof state !== "string" || typeof commit !== "string") return void 0;
  return { login: user.login, isBot: user.type === "Bot", state, commit };
}
function toCommit(item) {
  if (typeof item !== "object" || item === null) return void 0;
  const { sha, commit, author, committer } = item;
  if (typeof sha !== "string" || typeof commit?.message !== "string") return void 0;
  const text = (value) => typeof value === "string" ? value : "";
  return {
    info: {
      sha,
      parents: [],
      authorName: text(commit.author?.name),
      authorEmail: text(commit.author?.email),
      committerName: text(commit.committer?.name),
      committerEmail: text(commit.committer?.email),
      message: commit.message
    },
    authorLogin: typeof author?.login === "string" ? author.login : void 0,
    committerLogin: typeof committer?.login === "string" ? committer.login : void 0
  };
}
async function listReviews(octokit, owner, repo, pullNumber) {
  const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews";
  const items = await step(
    `Listing the reviews of pull request #${pullNumber} (${route})`,
    TIMEOUT_MS,
    READ_HINT,
    () => octokit.paginate(route, { owner, repo, pull_number: pullNumber, per_page: 100 })
  );
  return items.map(toReview).filter((review) => review !== void 0);
}
async function accountOf(octokit, owner, repo, login) {
  const route = "GET /users/{username}";
  const { data } = await step(
    `Reading ${login}'s public profile (${route})`,
    TIMEOUT_MS,
    READ_HINT,
    () => octokit.request(route, { username: login })
  );
  const email = data.email;
  return { permission: await permissionOf(octokit, owner, repo, login), publicEmail: typeof email === "string" ? email : void 0 };
}
async function readReviewFacts(octokit, owner, repo, request) {
  const reviews = await listReviews(octokit, owner, repo, request.pullNumber);
  const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits";
  const items = await step(
    `Listing the commits of pull request #${request.pullNumber} (${route})`,
    TIMEOUT_MS,
    READ_HINT,
    () => octokit.paginate(route, { owner, repo, pull_number: request.pullNumber, per_page: 100 })
  );
  if (items.length >= GITHUB_COMMIT_LIST_LIMIT) {
    throw new StepFailure(
      `Pull request #${request.pullNumber} has ${GITHUB_COMMIT_LIST_LIMIT} commits or more, and GitHub lists only the first ${GITHUB_COMMIT_LIST_LIMIT}: who co-wrote the rest cannot be checked. Squash or split the pull request.`
    );
  }
  const commits = items.map(toCommit).filter((commit) => commit !== void 0);
  const accounts = /* @__PURE__ */ new Map();
  for (const review of approvalCandidates(reviews, request)) {
    accounts.set(review.login.toLowerCase(), await accountOf(octokit, owner, repo, review.login));
  }
  return { reviews, commits, accounts };
}
async function permissionOf(octokit, owner, repo, username) {
  const route = "GET /repos/{owner}/{repo}/collaborators/{username}/permission";
  const { data } = await step(
    `Reading ${username}'s permission (${route})`,
    TIMEOUT_MS,
    READ_HINT,
    () => octokit.request(route, { owner, repo, username })
  );
  return typeof data.permission === "string" ? data.permission : "none";
}
async function findApproval(octokit, owner, repo, request) {
  const reviews = await listReviews(octokit, owner, repo, request.pullNumber);
  for (const review of approvalCandidates(reviews, request)) {
    if (APPROVER_PERMISSIONS.has(await permissionOf(octokit, owner, repo, review.login))) {
      return { state: "approved", by: `@${review.login} (approving review of ${request.headSha.slice(0, 12)})`, commit: request.headSha };
    }
  }
  return {
    state: "not-approved",
    reason: `no approving review of the head commit ${request.headSha.slice(0, 12)} by someone other than @${request.authorLogin} with write access`
  };
}
function githubApprovals(github) {
  const [owner, repo] = github.repository?.split("/") ?? [];
  const noAccess = github.token === "" || owner === void 0 || repo === void 0;
  const failure = (error2, attempt) => (error2 instanceof StepFailure ? error2.message : describeFailure(attempt, error2, TIMEOUT_MS)).split(github.token).join("***");
  return {
    async find(request) {
      if (noAccess) return { state: "not-approved", reason: "no github-token or repository to read reviews with, so findings stand" };
      try {
        return await findApproval(await createClient(github.apiUrl, github.token, TIMEOUT_MS), owner, repo, request);
      } catch (error2) {
        return { state: "not-approved", reason: failure(error2, "Reading approvals").replace(/\.$/, "") };
      }
    },
    async reviewFacts(request) {
      if (noAccess) return "no github-token or repository to read the reviews with";
      try {
        return await readReviewFacts(await createClient(github.apiUrl, github.token, TIMEOUT_MS), owner, repo, request);
      } catch (error2) {
        throw new GateError(`The reviews ai-approvals counts could not be read: ${failure(error2, "Reading the reviews")}`);
      }
    }
  };
}

// src/adapters/git.ts
import { execFile } from "node:child_process";
import { mkdtemp as mkdtemp3, rm as rm4 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import { join as join4 } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var DIFF_BUFFER_BYTES = 512 * 1024 * 1024;
var DIFF_OPTIONS = [
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--find-renames",
  // A file .gitattributes marks binary (`-diff`) still shows its lines: nothing vanishes from the diff.
  "--text",
  // Line endings and trailing blanks change no behaviour. Spacing inside a line can (in a string or a
  // regular expression), so only re-indentation is set aside, by the diff's parser.
  "--ignore-cr-at-eol",
  "--ignore-space-at-eol"
];
var RELATIVE_IMPORT = `(from|require|import)[[:space:]]*\\(?[[:space:]]*['"]\\.\\.?/`;
function createGit(cwd) {
  async function git(args, extraEnv = {}) {
    const { stdout } = await run("git", ["-c", "core.quotePath=false", ...args], {
      cwd,
      maxBuffer: DIFF_BUFFER_BYTES,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", ...extraEnv }
    });
    return stdout;
  }
  async function attempt(args) {
    try {
      return (await git(args)).trim();
    } catch {
      return void 0;
    }
  }
  return {
    async topLevel() {
      try {
        return (await git(["rev-parse", "--show-toplevel"])).trim();
      } catch (error2) {
        throw new GateError(
          `${cwd} is not inside a git repository. Check out the repository (actions/checkout with fetch-depth: 0) before this step.`,
          [String(error2)]
        );
      }
    },
    resolveCommit: (ref) => attempt(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]),
    async fetchCommit(ref) {
      const fetched = await attempt(["fetch", "--no-tags", "--quiet", "origin", "--end-of-options", ref]);
      return fetched === void 0 ? void 0 : attempt(["rev-parse", "--verify", "--quiet", "FETCH_HEAD^{commit}"]);
    },
    mergeBase: (a, b) => attempt(["merge-base", "--end-of-options", a, b]),
    isAncestor: async (a, b) => await attempt(["merge-base", "--is-ancestor", "--end-of-options", a, b]) !== void 0,
    async isShallow() {
      return await attempt(["rev-parse", "--is-shallow-repository"]) === "true";
    },
    unshallow: async () => await attempt(["fetch", "--quiet", "--no-tags", "--unshallow", "origin"]) !== void 0,
    diff: (from, to) => git(["diff", "--unified=0", ...DIFF_OPTIONS, "--end-of-options", from, to]),
    diffNumstat: (from, to) => git(["diff", "--numstat", "-z", ...DIFF_OPTIONS, "--end-of-options", from, to]),
    async changedPaths(from, to) {
      const output = await git(["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--end-of-options", from, to]);
      return output.split("\0").filter((path2) => path2 !== "");
    },
    async fileAt(commit, path2) {
      try {
        return await git(["cat-file", "blob", `${commit}:${path2}`]);
      } catch {
        return void 0;
      }
    },
    async pathsAt(commit, paths) {
      if (paths.length === 0) return /* @__PURE__ */ new Set();
      const output = await git(["ls-tree", "-z", "--name-only", "--full-tree", "--end-of-options", commit, "--", ...paths]);
      return new Set(output.split("\0").filter((path2) => path2 !== ""));
    },
    async relativeImports(commit, directory) {
      let output;
      try {
        output = await git(["grep", "-z", "-n", "-I", "-E", RELATIVE_IMPORT, commit, "--", directory === "" ? "." : directory]);
      } catch {
        return [];
      }
      return output.split("\n").filter((row) => row !== "").map((row) => {
        const [location = "", line = "0", ...text] = row.split("\0");
        return { path: location.slice(commit.length + 1), line: Number(line), text: text.join("\0") };
      });
    },
    blame: (path2, ranges, from, to) => git([
      "blame",
      "--line-porcelain",
      // A root commit after the merge base (an unrelated history merged in, a shallow clone's graft)
      // introduced its lines: without --root git would mark them as boundary, like base code.
      "--root",
      "-w",
      "-M",
      "-C",
      ...ranges.flatMap((range2) => ["-L", `${range2.start},${range2.end}`]),
      `${from}..${to}`,
      "--",
      path2
    ]),
    commitLog: (shas, format) => shas.length === 0 ? Promise.resolve("") : git(["log", "--no-walk=unsorted", `--format=${format}`, "--end-of-options", ...shas]),
    async fetchAiNotes() {
      const hasNotes = async () => await attempt(["rev-parse", "--verify", "--quiet", "refs/notes/ai"]) !== void 0;
      if (await hasNotes()) return true;
      await attempt(["fetch", "--quiet", "--no-tags", "origin", "refs/notes/ai:refs/notes/ai"]);
      return hasNotes();
    },
    async generatedPaths(paths, commit) {
      if (paths.length === 0) return /* @__PURE__ */ new Set();
      const directory = await mkdtemp3(join4(tmpdir3(), "mutation-gate-attributes-"));
      const index = { GIT_INDEX_FILE: join4(directory, "index") };
      let output;
      try {
        await git(["read-tree", "--end-of-options", commit], index);
        output = await git(["check-attr", "--cached", "-z", "linguist-generated", "--", ...paths], index);
      } finally {
        await rm4(directory, { recursive: true, force: true });
      }
      const fields = output.split("\0");
      const generated = /* @__PURE__ */ new Set();
      for (let index2 = 0; index2 + 2 < fields.length; index2 += 3) {
        if (fields[index2 + 2] === "set" || fields[index2 + 2] === "true") generated.add(fields[index2]);
      }
      return generated;
    },
    aiNote: (sha) => attempt(["notes", "--ref=ai", "show", "--end-of-options", sha])
  };
}

// src/adapters/stryker.ts
import { spawn as spawn3, spawnSync as spawnSync3 } from "node:child_process";
import { readFile as readFile5, writeFile as writeFile4 } from "node:fs/promises";
import { dirname as dirname4, isAbsolute, relative, resolve as resolve2 } from "node:path";
import { createInterface as createInterface2 } from "node:readline";
import { pathToFileURL } from "node:url";

// src/core/stryker/stryker-output.ts
var LOG_LINE = /^\d\d:\d\d:\d\d \(\d+\) (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) (\S+)\s?(.*)$/;
var TEST_RUN = /Starting initial test run \((\S+) test runner with "([^"]+)" coverage analysis\)/;
var PROGRESS = /(\d+)\/(\d+) tested/;
var SURVIVED_SO_FAR = /\((\d+) survived/;
function mutationProgress(line) {
  const progress = PROGRESS.exec(line);
  if (progress === null) return void 0;
  return { tested: Number(progress[1]), total: Number(progress[2]), survived: Number(SURVIVED_SO_FAR.exec(line)?.[1] ?? 0) };
}
var FAILED_TESTS = /^One or more tests failed in the initial test run:/;
var FAILED_TEST_NAME = /^\t(?!\t)(.*\S.*)$/;
var COVERAGE_SHORTFALL = /coverage.*(does not meet|not met)|does not meet (the )?threshold|incomplete (code )?coverage/i;
var TAIL_LINES = 60;
var MAX_ERRORS = 10;
var MAX_ERROR_LINES = 30;
var MAX_FAILED_TESTS = 20;
var MAX_SHORTFALLS = 5;
var StrykerOutput = class {
  errors = [];
  /** The entry continuation lines belong to: an ERROR entry, or undefined after any other log line. */
  current;
  inFailedTests = false;
  failedTests = [];
  failedTestCount = 0;
  coverageShortfalls = [];
  testRun;
  progress;
  tail = [];
  linesAfterErrors = 0;
  add(line) {
    this.linesAfterErrors += 1;
    this.tail.push(line);
    if (this.tail.length > TAIL_LINES) this.tail.shift();
    if (COVERAGE_SHORTFALL.test(line) && this.coverageShortfalls.length < MAX_SHORTFALLS) this.coverageShortfalls.push(line.trim());
    const progress = mutationProgress(line);
    if (progress !== void 0) this.progress = { tested: progress.tested, total: progress.total };
    const entry = LOG_LINE.exec(line);
    if (entry === null) {
      this.continueEntry(line);
      return;
    }
    const [, level, source, message] = entry;
    this.inFailedTests = level === "ERROR" && FAILED_TESTS.test(message);
    this.current = void 0;
    if (level === "ERROR" && this.errors.length < MAX_ERRORS) {
      this.current = { source, lines: [message], omitted: 0 };
      this.errors.push(this.current);
      this.linesAfterErrors = 0;
    }
    const testRun = TEST_RUN.exec(message);
    if (testRun !== null) this.testRun = { runner: testRun[1], coverageAnalysis: testRun[2] };
  }
  continueEntry(line) {
    if (this.inFailedTests) {
      const name = FAILED_TEST_NAME.exec(line);
      if (name !== null) {
        this.failedTestCount += 1;
        if (this.failedTests.length < MAX_FAILED_TESTS) this.failedTests.push(name[1].trim());
      }
    }
    if (this.current === void 0) return;
    if (this.current.lines.length < MAX_ERROR_LINES) {
      this.current.lines.push(line);
      this.linesAfterErrors = 0;
    } else {
      this.current.omitted += 1;
    }
  }
  evidence() {
    return {
      errors: this.errors.map((entry) => ({ ...entry, lines: [...entry.lines] })),
      failedTests: [...this.failedTests],
      failedTestCount: this.failedTestCount,
      coverageShortfalls: [...this.coverageShortfalls],
      testRun: this.testRun,
      progress: this.progress,
      tail: [...this.tail],
      linesAfterErrors: this.linesAfterErrors
    };
  }
};

// src/core/stryker/test-environment.ts
var PASSED_NAMES = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LANGUAGE",
  "TZ",
  "TMPDIR",
  "TERM",
  "COLORTERM",
  "FORCE_COLOR",
  "NO_COLOR",
  "CI",
  "NODE_OPTIONS",
  "NODE_PATH",
  "NODE_EXTRA_CA_CERTS",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "ALL_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "all_proxy",
  // Windows
  "Path",
  "PATHEXT",
  "SystemRoot",
  "SystemDrive",
  "windir",
  "ComSpec",
  "TEMP",
  "TMP",
  "USERPROFILE",
  "USERNAME",
  "HOMEDRIVE",
  "HOMEPATH",
  "APPDATA",
  "LOCALAPPDATA",
  "ProgramData",
  "ProgramFiles",
  "ProgramFiles(x86)",
  "ProgramW6432",
  "CommonProgramFiles",
  "NUMBER_OF_PROCESSORS",
  "PROCESSOR_ARCHITECTURE",
  "OS"
]);
var PASSED_PREFIX = "LC_";
var WITHHELD_PREFIXES = ["INPUT_", "ACTIONS_"];
var COMMAND_FILE_VARIABLES = [
  "GITHUB_OUTPUT",
  "GITHUB_STEP_SUMMARY",
  "GITHUB_ENV",
  "GITHUB_PATH",
  "GITHUB_STATE"
];
var WITHHELD_NAMES = /* @__PURE__ */ new Set(["GITHUB_TOKEN", ...COMMAND_FILE_VARIABLES]);
function isWithheldVariable(name) {
  const upper = name.toUpperCase();
  return WITHHELD_NAMES.has(upper) || WITHHELD_PREFIXES.some((prefix2) => upper.startsWith(prefix2));
}
function testEnvironment(env, named) {
  const wanted = new Set(named);
  const passed = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === void 0 || isWithheldVariable(name)) continue;
    if (PASSED_NAMES.has(name) || name.startsWith(PASSED_PREFIX) || wanted.has(name)) passed[name] = value;
  }
  return passed;
}

// src/adapters/process-isolation.ts
import { spawnSync as spawnSync2 } from "node:child_process";
import { randomUUID as randomUUID2 } from "node:crypto";
import { existsSync as existsSync2, realpathSync as realpathSync2 } from "node:fs";
import { readdir as readdir3, readFile as readFile4 } from "node:fs/promises";
import { constants as constants3 } from "node:os";

// src/adapters/test-user.ts
import { spawn as spawn2, spawnSync } from "node:child_process";
import { realpathSync, statSync } from "node:fs";
import { mkdir as mkdir3 } from "node:fs/promises";
import { dirname as dirname3, join as join5 } from "node:path";
var TEST_USER = "mutation-gate-tests";
var ENSURE_USER = [
  'PATH="$PATH:/usr/sbin:/sbin"',
  // Another run on the machine may be making it at the same moment: useradd then finds /etc/passwd
  // locked (1, 10) or the name taken (9). What counts is that it exists afterwards.
  "for try in 1 2 3 4 5; do",
  '  id -u "$1" >/dev/null 2>&1 && exit 0',
  '  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$1" && exit 0',
  "  case $? in 1|9|10) sleep 1 ;; *) exit 1 ;; esac",
  "done",
  "exit 1"
].join("\n");
function ensureTestUser(asRoot, name = TEST_USER) {
  const [file, ...args] = [...asRoot, "sh", "-c", ENSURE_USER, "sh", name];
  const made = spawnSync(file, args, { encoding: "utf8", timeout: 3e4 });
  if (made.status === 0) return void 0;
  const said = `${made.stderr ?? ""}`.trim() || made.error?.message || `exit ${made.status}`;
  return `the user ${name} could not be made (${said})`;
}
var GRANT = [
  "user=$1; from=$2; trees=$3; shift 3",
  'while [ "$trees" -gt 0 ]; do',
  '  find "$1" -name .git -prune -o \\( -type d -o -links 1 \\) -exec chown -h --from="$from" "$user" {} + || exit 1',
  "  shift; trees=$((trees - 1))",
  "done",
  '[ "$#" -eq 0 ] || chmod o+x -- "$@"'
].join("\n");
var REVOKE = [
  "user=$1; to=$2; trees=$3; shift 3",
  "status=0",
  'while [ "$trees" -gt 0 ]; do',
  '  chown -R -h --from="$user" "$to" "$1" || status=1',
  "  shift; trees=$((trees - 1))",
  "done",
  '[ "$#" -eq 0 ] || chmod o-x -- "$@" || status=1',
  "exit $status"
].join("\n");
function unsearchableOnTheWay(trees, programs) {
  const onTheWay = /* @__PURE__ */ new Set();
  const addFrom = (directory) => {
    for (; ; directory = dirname3(directory)) {
      onTheWay.add(directory);
      if (dirname3(directory) === directory) return;
    }
  };
  for (const tree of trees) addFrom(realpathSync(tree));
  for (const program of programs) addFrom(dirname3(realpathSync(program)));
  return [...onTheWay].filter((directory) => (statSync(directory).mode & 1) === 0).sort((a, b) => a.length - b.length);
}
function runAsRoot(asRoot, script, args) {
  const [file, ...rest] = [...asRoot, "sh", "-c", script, "sh", ...args];
  return new Promise((resolve5) => {
    const child = spawn2(file, rest, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk.toString("utf8");
    });
    child.once("error", (error2) => resolve5(error2.message));
    child.once("close", (code) => resolve5(code === 0 ? void 0 : stderr.trim() || `exit ${code}`));
  });
}
async function grantTestUser(asRoot, runDirectory, reach) {
  const home = join5(runDirectory, "home");
  const temp = join5(runDirectory, "tmp");
  await mkdir3(home, { recursive: true });
  await mkdir3(temp, { recursive: true });
  const trees = reach.trees.map((tree) => realpathSync(tree));
  const opened = unsearchableOnTheWay(trees, reach.programs);
  const owner = `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`;
  let revoked;
  const revoke = () => {
    revoked ??= runAsRoot(asRoot, REVOKE, [TEST_USER, owner, String(trees.length), ...trees, ...opened]).then((failed2) => {
      if (failed2 !== void 0) throw new GateError(`Could not give ${trees.join(", ")} back from the user ${TEST_USER}: ${failed2}`);
    });
    return revoked;
  };
  const failed = await runAsRoot(asRoot, GRANT, [TEST_USER, String(process.getuid?.() ?? 0), String(trees.length), ...trees, ...opened]);
  if (failed !== void 0) {
    await revoke().catch(() => {
    });
    throw new GateError(
      `Could not give ${trees.join(", ")} to the user ${TEST_USER} for isolation: user (${failed}). Set isolation: namespace to run the tests as the gate's user.`
    );
  }
  return { env: { HOME: home, TMPDIR: temp, USER: TEST_USER, LOGNAME: TEST_USER }, revoke };
}

// src/adapters/process-isolation.ts
var NAMESPACE = ["--pid", "--fork", "--mount-proc", "--kill-child"];
function works(command) {
  const [file, ...args] = command;
  if (file === void 0) return false;
  const probe = spawnSync2(file, [...args, "true"], { stdio: "ignore", timeout: 1e4 });
  return probe.status === 0;
}
var noGrant = async () => ({ env: {}, revoke: async () => {
} });
var asIs = (exitCode, signal) => ({
  exitCode,
  signal
});
var ROOT_INIT = [
  'cd "$1" || exit 125',
  "n=$2; shift 2",
  'while [ "$n" -gt 0 ]; do',
  '  if [ -d "$1" ]; then mount -t tmpfs -o size=64k,mode=0755 mutation-gate "$1" || exit 125; else mount --bind /dev/null "$1" || exit 125; fi',
  "  shift; n=$((n - 1))",
  "done",
  '"$@"; exit $?'
].join("\n");
var DOCKER_SOCKETS = ["/var/run/docker.sock", "/run/docker.sock"];
function dockerSockets() {
  return [...new Set(DOCKER_SOCKETS.filter((path2) => existsSync2(path2)).map((path2) => realpathSync2(path2)))];
}
function rootInit(directory, hidden, prefix2, command, env) {
  const exactly = ["env", "-i", ...Object.entries(env).map(([name, value]) => `${name}=${value}`)];
  const covered = [...hidden, ...dockerSockets()];
  return ["sh", "-c", ROOT_INIT, "sh", directory, String(covered.length), ...covered, ...prefix2, ...exactly, ...command];
}
function fromShell(exitCode, signal) {
  if (exitCode === null || exitCode <= 128) return { exitCode, signal };
  const name = Object.entries(constants3.signals).find(([, number]) => number === exitCode - 128)?.[0];
  return name === void 0 ? { exitCode, signal } : { exitCode: null, signal: name };
}
var HIDDEN = "the step's command files and the Docker socket hidden from it";
var NO_NEW_PRIVILEGES = ["setpriv", "--no-new-privs", "--"];
var USER_NAMESPACE = ["unshare", "--user", "--map-current-user", ...NAMESPACE];
function userNamespaceSandbox() {
  return {
    isolation: {
      level: "pid-namespace",
      detail: "unshare in an unprivileged user namespace, no sudo for it; the step's command files and the Docker socket stay within its reach"
    },
    wrap: (command, _env, _hidden, directory) => ({ argv: [...USER_NAMESPACE, "--", ...NO_NEW_PRIVILEGES, ...command], cwd: directory }),
    marker: {},
    grant: noGrant,
    sweep: async () => {
    },
    exitOf: asIs
  };
}
var SUDO = ["sudo", "-n"];
var AS_ROOT = { asRoot: [], how: "as root" };
var THROUGH_SUDO = { asRoot: SUDO, how: "through passwordless sudo" };
var asUser = (uid, gid) => [
  "setpriv",
  `--reuid=${uid}`,
  `--regid=${gid}`,
  "--clear-groups",
  "--no-new-privs",
  "--"
];
function rootShellSandbox(access3, isolation, becoming, grant) {
  return {
    isolation,
    wrap: (command, env, hidden, directory) => ({
      argv: [...access3.asRoot, "unshare", ...NAMESPACE, "--", ...rootInit(directory, hidden, becoming, command, env)],
      cwd: "/"
    }),
    marker: {},
    grant,
    sweep: async () => {
    },
    exitOf: fromShell
  };
}
var rootSandbox = () => rootShellSandbox(AS_ROOT, { level: "pid-namespace", detail: `unshare, as root; ${HIDDEN}` }, [], noGrant);
var sudoSandbox = () => rootShellSandbox(
  THROUGH_SUDO,
  { level: "pid-namespace", detail: `unshare through passwordless sudo, no sudo for it; ${HIDDEN}` },
  asUser(String(process.getuid?.() ?? 0), String(process.getgid?.() ?? 0)),
  noGrant
);
var testUserSandbox = (access3) => rootShellSandbox(
  access3,
  { level: "separate-user", detail: `unshare ${access3.how}, the tests as ${TEST_USER} without sudo; ${HIDDEN}` },
  asUser(TEST_USER, TEST_USER),
  (runDirectory, reach) => grantTestUser(access3.asRoot, runDirectory, reach)
);
function processGroupSandbox(why) {
  const marker = `mutation-gate-${randomUUID2()}`;
  return {
    isolation: { level: "process-group", detail: why },
    wrap: (command, _env, _hidden, directory) => ({ argv: [...command], cwd: directory }),
    marker: process.platform === "linux" ? { MUTATION_GATE_RUN: marker } : {},
    grant: noGrant,
    exitOf: asIs,
    sweep: process.platform === "linux" ? () => killMarkedProcesses(`MUTATION_GATE_RUN=${marker}`) : async () => {
    }
  };
}
async function killMarkedProcesses(marker) {
  for (let round = 0; round < 5; round += 1) {
    const pids = (await readdir3("/proc").catch(() => [])).filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
    const marked = [];
    for (const pid of pids) {
      const environ = await readFile4(`/proc/${pid}/environ`, "utf8").catch(() => "");
      if (environ.split("\0").includes(marker)) marked.push(Number(pid));
    }
    if (marked.length === 0) return;
    for (const pid of marked) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
      }
    }
  }
}
var rootAccess;
function probeRootAccess() {
  if (rootAccess === void 0) {
    if (process.platform !== "linux") rootAccess = null;
    else if (process.getuid?.() === 0 && works(["unshare", ...NAMESPACE, "--", ...NO_NEW_PRIVILEGES])) rootAccess = AS_ROOT;
    else if (works([...SUDO, "unshare", ...NAMESPACE, "--", ...NO_NEW_PRIVILEGES])) rootAccess = THROUGH_SUDO;
    else rootAccess = null;
  }
  return rootAccess ?? void 0;
}
var testUser;
function probeTestUser() {
  if (testUser === void 0) {
    const access3 = probeRootAccess();
    if (access3 === void 0) {
      testUser = process.platform === "linux" ? "a separate user needs root or passwordless sudo, and this runner has neither" : `a separate user needs Linux, and this runner is ${process.platform}`;
    } else {
      testUser = ensureTestUser(access3.asRoot) ?? testUserSandbox(access3);
    }
  }
  return testUser;
}
var gateUser;
function probeGateUser() {
  if (gateUser === void 0) {
    const access3 = probeRootAccess();
    if (process.platform !== "linux") {
      gateUser = processGroupSandbox(
        `no PID namespaces on ${process.platform}: processes that leave Stryker's process group can outlive it`
      );
    } else if (access3 === AS_ROOT) {
      gateUser = rootSandbox();
    } else if (access3 === THROUGH_SUDO) {
      gateUser = sudoSandbox();
    } else if (works([...USER_NAMESPACE, "--", ...NO_NEW_PRIVILEGES])) {
      gateUser = userNamespaceSandbox();
    } else {
      gateUser = processGroupSandbox(
        "no PID namespace could be made (not root, unprivileged user namespaces refused, no passwordless sudo): a process that leaves Stryker's process group and clears its environment can outlive it"
      );
    }
  }
  return gateUser;
}
function chooseSandbox(requested) {
  switch (requested) {
    case "none":
      return processGroupSandbox("isolation: none");
    case "user": {
      const sandbox = probeTestUser();
      if (typeof sandbox === "string") throw new GateError(`isolation: user cannot be had here: ${sandbox}. Use isolation: auto.`);
      return sandbox;
    }
    case "namespace": {
      const sandbox = probeGateUser();
      if (sandbox.isolation.level === "process-group") {
        throw new GateError(`isolation: namespace cannot be had here: ${sandbox.isolation.detail}. Use isolation: auto.`);
      }
      return sandbox;
    }
    case "auto": {
      const sandbox = probeTestUser();
      if (typeof sandbox !== "string") return sandbox;
      const fallback = probeGateUser();
      return { ...fallback, isolation: { ...fallback.isolation, detail: `${fallback.isolation.detail}; no separate user: ${sandbox}` } };
    }
  }
}

// src/adapters/report-seal.ts
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open2 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open2.push(i);
    } else if (c === 125 && open2.length) {
      open2.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open2.length; i++) {
    const at = open2[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run2 = "";
  const flush = () => {
    for (const ch of run2.normalize(form))
      out.push(lit(ch));
    run2 = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run2 += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run2, i, top) {
    for (const r of state.runs) {
      if (r.neg === run2.neg && sameState(r.state, run2.state))
        return;
    }
    state.runs.push(run2);
    if (!run2.state.match) {
      this.add(state, run2.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run2 of state.runs) {
        if (run2.state.dead) {
          this.addRun(next, run2, i + 1, top);
          continue;
        }
        const sub = this.step(run2.state, c, i, false);
        this.addRun(next, { t: "run", neg: run2.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep4) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep4))
        return true;
    }
    const s = nextSep(f, k, sep4);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep4))
      k++;
  }
  return false;
};
var isSep = (c, sep4) => sep4 === "/" ? c === 47 : sep4 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep4) => {
  if (sep4 !== "both")
    return f.indexOf(sep4, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep4) => sep4 !== "both" ? f.lastIndexOf(sep4, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep4 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep4);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep4))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep4) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep4)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep4))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep4);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep4) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep4))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep4); e !== -1; e = nextSep(f, s, sep4)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep4))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep4))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep4))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize3 = this.#form;
    if (normalize3)
      parts = parts.map((p) => p.normalize(normalize3));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize3,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize3 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize3,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/core/diff/mutate-ranges.ts
function toLineRanges(lines) {
  const ranges = [];
  for (const line of lines) {
    const last = ranges.at(-1);
    if (last !== void 0 && line === last.end + 1) {
      ranges[ranges.length - 1] = { start: last.start, end: line };
    } else {
      ranges.push({ start: line, end: line });
    }
  }
  return ranges;
}
var GLOB_ESCAPE = { windowsPathsNoEscape: true, magicalBraces: true };
function toMutatePatterns(files, workingDirectoryAbsolute) {
  const patterns = [];
  const untargetable = [];
  for (const file of files) {
    const escaped = mutatePath(file.path, workingDirectoryAbsolute);
    if (escaped === void 0) {
      untargetable.push(file.path);
      continue;
    }
    for (const range2 of toLineRanges(file.lines)) patterns.push(`${escaped}:${range2.start}-${range2.end}`);
  }
  return { patterns, untargetable };
}
function mutatePath(path2, workingDirectoryAbsolute) {
  const root = workingDirectoryAbsolute.replaceAll("\\", "/").replace(/\/+$/, "");
  const escaped = `${escape(`${root}/`, GLOB_ESCAPE)}${escape(path2, GLOB_ESCAPE).replaceAll(":", "[:]")}`;
  return path2.includes("\\") || !minimatch(`${root}/${path2}`, escaped) ? void 0 : escaped;
}

// src/core/scoring/changed-mutants.ts
function normalizeReportPath(name, projectRoot) {
  const posix3 = name.replaceAll("\\", "/");
  const root = projectRoot?.replaceAll("\\", "/").replace(/\/+$/, "");
  if (root && posix3.startsWith(`${root}/`)) return posix3.slice(root.length + 1);
  return posix3.startsWith("./") ? posix3.slice(2) : posix3;
}
function keepChangedLineMutants(report, changed) {
  const reportFiles = new Map(Object.entries(report.files).map(([name, file]) => [normalizeReportPath(name, report.projectRoot), file]));
  const kept = {};
  for (const file of changed) {
    const lines = new Set(file.lines);
    const reported = reportFiles.get(file.path);
    const mutants = (reported?.mutants ?? []).filter((mutant) => {
      for (let line = mutant.location.start.line; line <= mutant.location.end.line; line += 1) {
        if (!lines.has(line)) return false;
      }
      return true;
    });
    kept[file.path] = { language: reported?.language ?? "unknown", source: reported?.source ?? "", mutants };
  }
  return kept;
}

// src/core/stryker/timeout-recheck.ts
function isUnjudged(mutant) {
  if (mutant.status !== "Survived" || mutant.testsCompleted === void 0) return false;
  return mutant.testsCompleted === 0 || mutant.coveredBy !== void 0 && mutant.testsCompleted < mutant.coveredBy.length;
}
var RECHECK_BUDGET = { timeoutMsFactor: 3, timeoutFactorFactor: 2 };
function toRecheck(report, policy) {
  return Object.entries(report.files).flatMap(
    ([name, file]) => file.mutants.filter((mutant) => policy === "recheck" && mutant.status === "Timeout" || isUnjudged(mutant)).map((mutant) => ({ file: normalizeReportPath(name, report.projectRoot), mutant }))
  );
}
function recheckPatterns(report, policy, workingDirectoryAbsolute) {
  return toRecheck(report, policy).flatMap(({ file, mutant }) => {
    const path2 = mutatePath(file, workingDirectoryAbsolute);
    const { start, end } = mutant.location;
    return path2 === void 0 ? [] : [`${path2}:${start.line}:${start.column - 1}-${end.line}:${end.column - 1}`];
  });
}
function sameMutant(a, b) {
  const [x, y] = [a.location, b.location];
  return a.mutatorName === b.mutatorName && a.replacement === b.replacement && x.start.line === y.start.line && x.start.column === y.start.column && x.end.line === y.end.line && x.end.column === y.end.column;
}
var DETECTED = /* @__PURE__ */ new Set(["Killed", "Timeout"]);
function countedStatus(check) {
  return check.outcome === "not-rerun" || check.outcome === "survived" ? "Survived" : check.status;
}
function settleRecheck(first, policy, rerun) {
  const rerunMutants = new Map(
    Object.entries(rerun?.files ?? {}).map(([name, file]) => [normalizeReportPath(name, rerun?.projectRoot), file.mutants])
  );
  const checks = [];
  const unjudged = [];
  const files = Object.fromEntries(
    Object.entries(first.files).map(([name, file]) => {
      const path2 = normalizeReportPath(name, first.projectRoot);
      const againOf = (mutant) => rerunMutants.get(path2)?.find((candidate) => sameMutant(candidate, mutant));
      const mutants = file.mutants.flatMap((mutant) => {
        if (isUnjudged(mutant)) {
          const again2 = againOf(mutant);
          const judged = again2 !== void 0 && !isUnjudged(again2);
          unjudged.push({
            file: path2,
            id: mutant.id,
            line: mutant.location.start.line,
            mutatorName: mutant.mutatorName,
            testsCompleted: mutant.testsCompleted ?? 0,
            coveredBy: mutant.coveredBy?.length,
            outcome: judged ? "judged" : "not-judged",
            status: judged ? again2.status : mutant.status
          });
          if (!judged) return [];
          return [{ ...again2, id: mutant.id, statusReason: `not judged by the first run, judged by the re-run: ${again2.status}` }];
        }
        if (mutant.status !== "Timeout") return [mutant];
        const again = againOf(mutant);
        const outcome = policy !== "recheck" ? policy : again === void 0 ? "not-rerun" : again.status === "Timeout" ? "confirmed" : "rerun";
        const status = countedStatus({ outcome, status: again?.status ?? "Timeout" });
        checks.push({ file: path2, id: mutant.id, line: mutant.location.start.line, mutatorName: mutant.mutatorName, outcome, status });
        return [
          status === mutant.status ? mutant : { ...mutant, status, statusReason: `timed out, then ${DETECTED.has(status) ? "detected" : "not detected"}: ${outcome}` }
        ];
      });
      return [name, { ...file, mutants }];
    })
  );
  return { report: { ...first, files }, checks, unjudged };
}
var needsRecheck = (report, policy) => toRecheck(report, policy).length > 0;

// src/core/stryker/generated-config.ts
function chosenMutantKey(mutant) {
  const { start, end } = mutant.location;
  return `${start.line - 1}:${start.column - 1}-${end.line - 1}:${end.column - 1} ${mutant.mutatorName} ${mutant.replacement ?? ""}`;
}
var ENUMERATING_RUNNER = "mutation-gate-enumerate";
var CHOSEN_CHECKER = "mutation-gate-chosen";
var CHOSEN_OPTION = "mutationGateChosen";
function strykerOverrides(settings) {
  return {
    mutate: [...settings.mutate],
    reporters: ["mutation-gate", "html", "progress-append-only"],
    htmlReporter: { fileName: settings.htmlReportPath },
    incremental: false,
    force: false,
    dryRunOnly: false,
    ignorers: [],
    logLevel: "info",
    disableBail: settings.everyTest,
    ...settings.concurrency === void 0 ? {} : { concurrency: settings.concurrency },
    ...settings.purpose === "probe" ? { coverageAnalysis: "off", checkers: [] } : {},
    ...settings.chosen === void 0 ? {} : { [CHOSEN_OPTION]: settings.chosen },
    ...settings.purpose === "enumerate" ? { testRunner: ENUMERATING_RUNNER, coverageAnalysis: "perTest", checkers: [], reporters: ["mutation-gate"], concurrency: 1 } : {}
  };
}
var WHOLE_SUITE_RUNNER_OPTIONS = [
  "  ...(projectConfig.testRunner === 'vitest' ? { vitest: { ...projectConfig.vitest, related: false } } : {}),",
  "  ...(projectConfig.testRunner === 'jest' ? { jest: { ...projectConfig.jest, enableFindRelatedTests: false } } : {}),"
];
var LONGER_BUDGET = [
  `  timeoutMS: (projectConfig.timeoutMS ?? 5000) * ${RECHECK_BUDGET.timeoutMsFactor},`,
  `  timeoutFactor: (projectConfig.timeoutFactor ?? 1.5) * ${RECHECK_BUDGET.timeoutFactorFactor},`
];
var EVERY_MUTATOR = ["  mutator: { ...projectConfig.mutator, excludedMutations: [] },"];
function renderGeneratedConfig(project, settings, withoutProjectConfig = {}) {
  const importLine = project === void 0 ? `const projectConfig = ${JSON.stringify(withoutProjectConfig)};` : `import projectConfig from ${JSON.stringify(project.url)}${project.isJson ? " with { type: 'json' }" : ""};`;
  return [
    "// Written by mutation-gate: the project's Stryker config, limited to the lines this change touched.",
    importLine,
    `const overrides = ${JSON.stringify(strykerOverrides(settings), null, 2)};`,
    "export default {",
    "  ...projectConfig,",
    "  ...overrides,",
    ...settings.relatedTests ? [] : WHOLE_SUITE_RUNNER_OPTIONS,
    // The gate's reporter first: the project's plugins are its code, and its module holds the seal key.
    `  plugins: [${JSON.stringify(settings.sealModulePath)}, ...(projectConfig.plugins ?? ['@stryker-mutator/*'])],`,
    "  thresholds: { ...projectConfig.thresholds, break: null },",
    ...settings.purpose === "recheck" ? LONGER_BUDGET : [],
    ...settings.purpose === "probe" ? EVERY_MUTATOR : [],
    // The chosen mutants travel as an option of the gate's own, which Stryker need not warn about; the
    // project's checkers still run first.
    ...settings.chosen === void 0 ? [] : [
      "  warnings: { ...projectConfig.warnings, unknownOptions: false },",
      `  checkers: [...(projectConfig.checkers ?? []), ${JSON.stringify(CHOSEN_CHECKER)}],`
    ],
    // Listing mutants needs no build: it makes the sandbox and the mutants, and runs no test.
    ...settings.purpose === "enumerate" ? ["  buildCommand: undefined,"] : [],
    "};",
    ""
  ].join("\n");
}

// src/adapters/report-seal.ts
var SEAL_MARKER = "mutation-gate-seal";
function newSealKey() {
  return randomBytes(32);
}
function seal(key, text) {
  return createHmac("sha256", key).update(text).digest();
}
function sealModuleSource(reportPath) {
  return `// Written by mutation-gate for one run: hands Stryker's report to the gate, sealed with the key on stdin.
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync, writeSync } from 'node:fs';

const key = process.send === undefined ? readFileSync(0) : Buffer.alloc(0);

class MutationGateReporter {
  static inject = [];
  onMutationTestReportReady(report) {
    if (key.length === 0) return;
    const text = JSON.stringify(report);
    writeFileSync(${JSON.stringify(reportPath)}, text);
    writeSync(1, '\\n${SEAL_MARKER} ' + createHmac('sha256', key).update(text).digest('hex') + '\\n');
  }
}

// Lists the mutants without testing any: one test that covers nothing, so every mutant is NoCoverage.
class EnumeratingTestRunner {
  static inject = [];
  capabilities() {
    return { reloadEnvironment: true };
  }
  async dryRun() {
    const test = { id: 'mutation-gate-no-test', name: 'no test (listing mutants)', timeSpentMs: 0 };
    return { status: 'complete', tests: [test], mutantCoverage: { static: {}, perTest: { [test.id]: {} } } };
  }
  async mutantRun() {
    return { status: 'survived', nrOfTests: 0 };
  }
}

// Fails every mutant a budget did not choose, so that Stryker tests none of them: they are made only
// because a chosen mutant's range encloses them.
class ChosenChecker {
  static inject = ['options'];
  constructor(options) {
    this.chosen = new Set(options[${JSON.stringify(CHOSEN_OPTION)}] ?? []);
  }
  async init() {}
  async check(mutants) {
    const key = ({ location: { start, end }, mutatorName, replacement }) =>
      start.line + ':' + start.column + '-' + end.line + ':' + end.column + ' ' + mutatorName + ' ' + (replacement ?? '');
    const notChosen = { status: 'compileError', reason: 'not chosen by the budget (max-mutants, mutants-per-line)' };
    return Object.fromEntries(mutants.map((mutant) => [mutant.id, this.chosen.has(key(mutant)) ? { status: 'passed' } : notChosen]));
  }
}

export const strykerPlugins = [
  { kind: 'Reporter', name: 'mutation-gate', injectableClass: MutationGateReporter },
  { kind: 'Checker', name: ${JSON.stringify(CHOSEN_CHECKER)}, injectableClass: ChosenChecker },
  { kind: 'TestRunner', name: ${JSON.stringify(ENUMERATING_RUNNER)}, injectableClass: EnumeratingTestRunner },
];
`;
}
function isSealLine(line) {
  return line.includes(SEAL_MARKER);
}
var SEAL_LINE = new RegExp(`^${SEAL_MARKER} ([0-9a-f]{64})$`);
function openSealedReport(key, text, sealLines) {
  if (sealLines.length === 0) {
    return { kind: "missing", reason: "Stryker's main process handed no report to the gate" };
  }
  const seals = sealLines.map((line) => SEAL_LINE.exec(line.trim())?.[1]);
  const [hex] = seals;
  if (seals.length > 1 || hex === void 0) {
    return {
      kind: "forged",
      reason: `${sealLines.length} line(s) claiming to seal the report reached Stryker's output where one was expected: something besides Stryker's main process wrote to it`
    };
  }
  if (text === void 0) return { kind: "forged", reason: "the report Stryker sealed was removed before the gate could read it" };
  const expected = seal(key, text);
  const received = Buffer.from(hex, "hex");
  if (!timingSafeEqual(expected, received)) {
    return { kind: "forged", reason: "the report file was changed after Stryker wrote and sealed it" };
  }
  return { kind: "sealed", text };
}

// src/adapters/stryker.ts
function commandFileDirectories(env, needed) {
  const directories = COMMAND_FILE_VARIABLES.map((name) => env[name]).filter((path2) => path2 !== void 0 && isAbsolute(path2)).map((path2) => dirname4(path2));
  const holdsNeeded = (directory) => needed.some((path2) => !relative(directory, resolve2(path2)).startsWith(".."));
  return [...new Set(directories)].filter((directory) => directory !== dirname4(directory) && !holdsNeeded(directory));
}
var ANSI_ESCAPE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
function killGroup(pid) {
  if (pid === void 0) return;
  try {
    if (process.platform === "win32") {
      spawnSync3("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
    } else {
      process.kill(-pid, "SIGKILL");
    }
  } catch {
  }
}
async function runStrykerProcess(run2, onLine) {
  const sandbox = chooseSandbox(run2.isolation);
  const key = newSealKey();
  await writeFile4(run2.sealModulePath, sealModuleSource(run2.reportPath), "utf8");
  const grant = await sandbox.grant(run2.runDirectory, {
    trees: [run2.workingDirectory, run2.runDirectory],
    programs: [process.execPath, run2.cli]
  });
  try {
    const exit = await runSandboxed(
      run2,
      sandbox,
      { ...testEnvironment(process.env, run2.testEnv), ...sandbox.marker, ...grant.env },
      key,
      onLine
    );
    await sandbox.sweep();
    await grant.revoke();
    const text = await readFile5(run2.reportPath, "utf8").catch(() => void 0);
    return { ...exit, report: openSealedReport(key, text, exit.sealLines), isolation: sandbox.isolation };
  } finally {
    await grant.revoke().catch(() => {
    });
  }
}
async function runSandboxed(run2, sandbox, env, key, onLine) {
  const launch = sandbox.wrap(
    [process.execPath, "--import", pathToFileURL(run2.sealModulePath).href, run2.cli, "run", run2.configPath],
    env,
    commandFileDirectories(process.env, [run2.workingDirectory, run2.configPath, run2.cli, process.execPath]),
    run2.workingDirectory
  );
  const [file, ...args] = launch.argv;
  const sealLines = [];
  return new Promise((resolvePromise, reject) => {
    const child = spawn3(file, args, {
      cwd: launch.cwd,
      env,
      stdio: ["pipe", "pipe", "pipe"],
      // Its own process group, so a timeout or a cancelled job can stop the test runners it starts too.
      detached: true
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(key);
    let timedOut = false;
    const timer = run2.timeoutMs === void 0 ? void 0 : setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, run2.timeoutMs);
    const stopOnCancel = () => killGroup(child.pid);
    process.once("SIGTERM", stopOnCancel);
    process.once("SIGINT", stopOnCancel);
    const output = new StrykerOutput();
    const record = (line) => {
      const plain = line.replaceAll(ANSI_ESCAPE, "");
      if (isSealLine(plain)) {
        sealLines.push(plain);
        return;
      }
      onLine(plain);
      output.add(plain);
    };
    const readers = [child.stdout, child.stderr].map((stream) => {
      const reader = createInterface2({ input: stream, crlfDelay: Infinity });
      reader.on("line", record);
      return new Promise((done) => reader.once("close", done));
    });
    child.once("error", (error2) => reject(new GateError(`Could not start Stryker (${file}): ${error2.message}`)));
    child.once("close", (exitCode, signal) => {
      clearTimeout(timer);
      process.off("SIGTERM", stopOnCancel);
      process.off("SIGINT", stopOnCancel);
      killGroup(child.pid);
      void Promise.all(readers).then(
        () => resolvePromise({ ...sandbox.exitOf(exitCode, signal), output: output.evidence(), timedOut, sealLines })
      );
    });
  });
}
function localStryker(places) {
  return {
    projectCli: findProjectStrykerCli,
    packageManager: projectManager,
    bundledCli: (set, workingDirectory, progress) => bundledStrykerCli(places, set, workingDirectory, progress),
    run: runStrykerProcess
  };
}

// src/adapters/gate-ports.ts
function localGatePorts(log, github, strykerPlaces) {
  return { git: createGit, stryker: localStryker(strykerPlaces), files: localFiles, log, approvals: githubApprovals(github) };
}

// src/adapters/github-event.ts
import { readFile as readFile6 } from "node:fs/promises";

// src/core/gate-event.ts
var COMMIT_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
var EVENT_BASE_FIELDS = {
  pull_request: ["pull_request", "base", "sha"],
  pull_request_target: ["pull_request", "base", "sha"],
  // A submitted review re-runs the gate, so an approval of its findings takes effect.
  pull_request_review: ["pull_request", "base", "sha"],
  push: ["before"],
  merge_group: ["merge_group", "base_sha"]
};

// src/adapters/github-event.ts
function readPath(payload, path2) {
  return path2.reduce((node, key) => node?.[key], payload);
}
var asString = (value) => typeof value === "string" ? value : "";
var asOptionalString = (value) => typeof value === "string" ? value : void 0;
function decodePullRequest(payload) {
  const pullRequest = payload.pull_request;
  if (typeof pullRequest !== "object" || pullRequest === null) return void 0;
  const user = pullRequest.user ?? {};
  const head = pullRequest.head ?? {};
  const labels = Array.isArray(pullRequest.labels) ? pullRequest.labels : [];
  const { number } = pullRequest;
  const headSha = readPath(payload, ["pull_request", "head", "sha"]);
  return {
    number: Number.isInteger(number) && number > 0 ? number : void 0,
    // A plain SHA only: it reaches git as an argument.
    headSha: typeof headSha === "string" && COMMIT_SHA.test(headSha) ? headSha : void 0,
    labels: labels.map((label) => asString(label?.name)).filter((name) => name !== ""),
    authorLogin: asString(user.login),
    authorId: typeof user.id === "number" ? user.id : void 0,
    headBranch: asString(head.ref),
    body: asString(pullRequest.body)
  };
}
function decodeEvent(name, payload) {
  const baseField = EVENT_BASE_FIELDS[name];
  return {
    name,
    base: baseField === void 0 ? void 0 : { field: baseField.join("."), value: asOptionalString(readPath(payload, baseField)) },
    defaultBranch: asOptionalString(readPath(payload, ["repository", "default_branch"])),
    pullRequest: decodePullRequest(payload)
  };
}
async function readGateEvent(env = process.env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const path2 = env.GITHUB_EVENT_PATH;
  if (path2 === void 0 || path2 === "") return decodeEvent(name, {});
  const payload = JSON.parse(await readFile6(path2, "utf8"));
  if (typeof payload !== "object" || payload === null) {
    throw new Error(`The event payload in GITHUB_EVENT_PATH (${path2}) is not a JSON object.`);
  }
  return decodeEvent(name, payload);
}

// src/core/judge/report.ts
var NOT_MUTATED_REASONS = {
  "untargetable-path": "its path cannot be given to Stryker (a {a,b} brace list or a backslash)",
  "outside-working-directory": "outside working-directory",
  "in-no-package": "in no workspace package, and the root has no Stryker config",
  generated: "marked linguist-generated in the merge base's .gitattributes",
  "not-included": "not matched by include",
  excluded: "matched by exclude"
};
function notMutatedFiles(skipped, untargetable) {
  return [...untargetable.map((path2) => ({ path: path2, reason: "untargetable-path" })), ...skipped];
}
function errorReport(config, reason, details = [], tampering = false) {
  return { kind: "error", verdict: { kind: "error", reason }, details, config, tampering };
}

// src/core/attribution/agent-signals.ts
var BOT_EMAIL = (login) => `email:${login}[bot]@users.noreply.github.com`;
var AGENT_SIGNALS = Object.freeze([
  { agent: "Claude Code", pattern: "email:noreply@anthropic.com" },
  { agent: "Claude Code", pattern: "message:Generated with [Claude Code]" },
  { agent: "Claude Code", pattern: BOT_EMAIL("claude") },
  { agent: "Claude Code", pattern: "login:/^claude\\[bot\\]$/i" },
  { agent: "Claude Code", pattern: "branch:/^claude\\//i" },
  { agent: "Copilot coding agent", pattern: "email:198982749+Copilot@users.noreply.github.com" },
  { agent: "Copilot coding agent", pattern: BOT_EMAIL("copilot-swe-agent") },
  { agent: "Copilot coding agent", pattern: "trailer:/^Agent-Logs-Url:/i" },
  { agent: "Copilot coding agent", pattern: "login:/^(Copilot|copilot-swe-agent\\[bot\\])$/i" },
  { agent: "Copilot coding agent", pattern: "branch:/^copilot\\//i" },
  { agent: "Copilot", pattern: "email:175728472+Copilot@users.noreply.github.com" },
  { agent: "Codex", pattern: "email:noreply@openai.com" },
  { agent: "Codex", pattern: "branch:/^codex\\//i" },
  { agent: "Codex", pattern: "pr-body:chatgpt.com/codex/tasks/" },
  { agent: "Cursor", pattern: "email:cursoragent@cursor.com" },
  { agent: "Cursor", pattern: "trailer:/^Made-with: *Cursor/i" },
  { agent: "Cursor", pattern: "branch:/^cursor\\//i" },
  { agent: "Devin", pattern: BOT_EMAIL("devin-ai-integration") },
  { agent: "Devin", pattern: "login:/^devin-ai-integration\\[bot\\]$/i" },
  { agent: "Devin", pattern: "branch:/^devin\\//i" },
  { agent: "Aider", pattern: "email:aider@aider.chat" },
  { agent: "Aider", pattern: "name:/\\(aider\\)$/i" },
  { agent: "Jules", pattern: BOT_EMAIL("google-labs-jules") },
  { agent: "Jules", pattern: "login:/^google-labs-jules\\[bot\\]$/i" },
  { agent: "OpenHands", pattern: "email:openhands@all-hands.dev" },
  { agent: "Amp", pattern: "email:amp@ampcode.com" },
  { agent: "Amp", pattern: "trailer:/^Amp-Thread-ID:/i" },
  { agent: "Factory", pattern: BOT_EMAIL("factory-droid") },
  { agent: "Factory", pattern: "login:/^factory-droid\\[bot\\]$/i" },
  {
    agent: "an agent named in a trailer",
    pattern: "trailer:/^(Assisted|Generated)-by:.*\\b(claude|copilot|codex|cursor|devin|aider|jules|openhands|amp|factory|gemini|chatgpt|gpt-?\\d[\\w.-]*)\\b/i"
  }
]);

// src/core/attribution/signal-pattern.ts
var PATTERN_KINDS = ["email", "name", "trailer", "message", "branch", "login"];
var REGEX_FORM = /^\/(.+)\/([imsu]*)$/s;
function escapeRegex(text) {
  return text.replaceAll(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function parseSignalPattern(text, kinds = PATTERN_KINDS) {
  const separator = text.indexOf(":");
  const kind = text.slice(0, Math.max(0, separator)).trim().toLowerCase();
  const value = text.slice(separator + 1).trim();
  if (separator < 0 || !kinds.includes(kind)) {
    return `"${text}" does not start with a known kind (${kinds.join(", ")}) and a colon`;
  }
  if (value === "") return `"${text}" has nothing to match after "${kind}:"`;
  const regexForm = REGEX_FORM.exec(value);
  if (regexForm === null) {
    return { kind, source: text.trim(), regex: new RegExp(escapeRegex(value), "i") };
  }
  try {
    return { kind, source: text.trim(), regex: new RegExp(regexForm[1], regexForm[2]) };
  } catch (error2) {
    return `"${text}" is not a valid regular expression: ${error2.message}`;
  }
}

// src/core/config/config.ts
var InputProblem = class {
  constructor(messages) {
    this.messages = messages;
  }
  messages;
};
var FIELDS = {
  /** As given (relative to the workspace, or absolute); resolved and checked by the gate. */
  workingDirectory: (raw) => parseWorkingDirectory(raw[Inputs.WorkingDirectory]),
  /** Commit or ref to compare with; undefined means "take it from the event". */
  base: (raw) => parseBase(raw[Inputs.Base]),
  /** Minimum mutation score in percent, at most two decimals. */
  threshold: (raw) => parseThreshold(Inputs.Threshold, raw[Inputs.Threshold], DEFAULT_THRESHOLD),
  include: (raw) => parseGlobList(Inputs.Include, raw[Inputs.Include], DEFAULT_INCLUDE),
  exclude: (raw) => parseGlobList(Inputs.Exclude, raw[Inputs.Exclude], DEFAULT_EXCLUDE),
  strykerConfig: (raw) => parseOptionalPath(raw[Inputs.StrykerConfig]),
  /** Undefined means Stryker's own default. */
  concurrency: (raw) => parseConcurrency(raw[Inputs.Concurrency]),
  /** Minimum mutation score over changed lines gated as AI-touched. */
  aiThreshold: (raw) => parseThreshold(Inputs.AiThreshold, raw[Inputs.AiThreshold], DEFAULT_AI_THRESHOLD),
  aiDetection: (raw) => parseChoice(Inputs.AiDetection, raw[Inputs.AiDetection], ["auto", "all", "off"]),
  aiLabels: (raw) => parseList(raw[Inputs.AiLabels], DEFAULT_AI_LABELS),
  /** The built-in agent table followed by the user's ai-patterns. */
  aiPatterns: (raw) => parseAiPatterns(raw[Inputs.AiPatterns]),
  /** How lines with no evidence either way are gated. */
  unknownAs: (raw) => parseChoice(Inputs.UnknownAs, raw[Inputs.UnknownAs], ["human", "ai"]),
  /** Annotate undetected mutants on the diff. */
  annotations: (raw) => parseBoolean(Inputs.Annotations, raw[Inputs.Annotations], true),
  comment: (raw) => parseChoice(Inputs.Comment, raw[Inputs.Comment], ["on-failure", "never", "always"]),
  /** What an `error` verdict does to the step: fail it, or only warn (the verdict stays `error`). */
  onError: (raw) => parseChoice(Inputs.OnError, raw[Inputs.OnError], ["fail", "warn"]),
  /** Limit on the Stryker run; undefined means none. */
  timeoutMinutes: (raw) => parseTimeout(raw[Inputs.TimeoutMinutes]),
  /** Run the PR's code under pull_request_target with a write token anyway. */
  allowUntrustedCode: (raw) => parseBoolean(Inputs.AllowUntrustedCode, raw[Inputs.AllowUntrustedCode], false),
  /** More environment variables the tests get, by name, beside the allow-list. */
  testEnv: (raw) => parseTestEnv(raw[Inputs.TestEnv]),
  /** How far the code under test is kept from the gate: the strongest available, or only the allow-listed environment. */
  isolation: (raw) => parseChoice(Inputs.Isolation, raw[Inputs.Isolation], ["auto", "user", "namespace", "none"]),
  /** How mutants that timed out count: re-run once with a longer budget, or counted as detected or as survived. */
  timeouts: (raw) => parseChoice(Inputs.Timeouts, raw[Inputs.Timeouts], ["recheck", "detected", "survived"]),
  /** Run every test covering a mutant (Stryker's disableBail), not only up to the first that fails. */
  everyTest: (raw) => parseBoolean(Inputs.EveryTest, raw[Inputs.EveryTest], true),
  /** How many more runs of the whole suite, with no mutant active, look for flaky tests; 0: none. */
  flakyCheck: (raw) => parseFlakyCheck(raw[Inputs.FlakyCheck]),
  /** Whose Stryker runs: the project's own when it has one, else the gate's (`auto`); only one of them. */
  stryker: (raw) => parseChoice(Inputs.Stryker, raw[Inputs.Stryker], ["auto", "project", "bundled"]),
  /** This run measures one shard of the changed files; undefined: all of them. */
  shard: (raw) => parseShard(raw[Inputs.Shard]),
  /** Shard results to merge instead of running Stryker: files, or directories of them; empty: none. */
  mergeShards: (raw) => parseList(raw[Inputs.MergeShards], []),
  /** Keep an earlier run's results where nothing they rest on changed (see planReuse). */
  reuse: (raw) => parseBoolean(Inputs.Reuse, raw[Inputs.Reuse], true),
  /** The folder that holds the runs' states between pushes (action.yml restores and saves it); undefined: none. */
  stateDir: (raw) => parseOptionalPath(raw[Inputs.StateDir]),
  /** Test a random sample of at most this many changed-line mutants; undefined: all of them. */
  maxMutants: (raw) => parseMaxMutants(raw[Inputs.MaxMutants]),
  /** Approving reviews an AI-heavy pull request needs, from people who did not write it; 0: none. */
  aiApprovals: (raw) => parseWholeNumber(Inputs.AiApprovals, raw[Inputs.AiApprovals], { min: 0, max: 10, empty: 0 }, "approvals, 0 (off) to 10"),
  /** How many AI-touched changed lines make a pull request need them. */
  aiApprovalsMinLines: (raw) => parseWholeNumber(
    Inputs.AiApprovalsMinLines,
    raw[Inputs.AiApprovalsMinLines],
    { min: 1, max: 1e6, empty: 1 },
    "changed lines, 1 or more"
  ),
  /** At most one mutant per changed line (`1`), or every mutant (`all`). */
  mutantsPerLine: (raw) => {
    const choice = parseChoice(Inputs.MutantsPerLine, raw[Inputs.MutantsPerLine], ["all", "1"]);
    return choice === "1" ? 1 : choice;
  }
};
function parseConfig(raw) {
  const fields = Object.fromEntries(Object.entries(FIELDS).map(([field, parse2]) => [field, parse2(raw)]));
  const parsed = Object.values(fields);
  const problems = parsed.flatMap((result) => result instanceof InputProblem ? result.messages : []);
  if (fields.shard !== void 0 && !(fields.shard instanceof InputProblem) && fields.mergeShards.length > 0) {
    problems.push(
      `Inputs "${Inputs.Shard}" and "${Inputs.MergeShards}" are both set: a run measures one shard, or merges them all, not both.`
    );
  }
  if (fields.shard !== void 0 && !(fields.shard instanceof InputProblem) && typeof fields.maxMutants === "number") {
    problems.push(
      `Inputs "${Inputs.Shard}" and "${Inputs.MaxMutants}" are both set: a sample is drawn from the whole change, which one shard does not see. Shard without a sample, or sample in one job.`
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, config: Object.freeze(fields) };
}
function describe(input, value, accepted) {
  return `Input "${input}" has value ${JSON.stringify(value)}: ${accepted}.`;
}
function problem(input, value, accepted) {
  return new InputProblem([describe(input, value, accepted)]);
}
function parseWorkingDirectory(raw) {
  const value = raw.trim();
  return value === "" ? "." : value;
}
var REF_FORBIDDEN = /[\s\p{Cc}]|\.\./u;
function parseBase(raw) {
  const value = raw.trim();
  if (value === "") return void 0;
  if (value.startsWith("-") || REF_FORBIDDEN.test(value)) {
    return problem(
      Inputs.Base,
      raw,
      'expected a commit SHA or a ref name such as main or origin/main (no spaces, no "..", not starting with "-")'
    );
  }
  return value;
}
var THRESHOLD_FORM = /^(\d{1,3})(\.\d{1,2})?%?$/;
function parseThreshold(input, raw, fallback) {
  const value = raw.trim();
  if (value === "") return fallback;
  const accepted = "expected a percentage from 0 to 100 with at most two decimals, such as 80 or 80% or 72.5";
  if (!THRESHOLD_FORM.test(value)) return problem(input, raw, accepted);
  const threshold = Number.parseFloat(value);
  if (threshold > 100) return problem(input, raw, accepted);
  if (threshold > 0 && threshold < 1) {
    return problem(input, raw, `${accepted}; write 80 for 80% (0-1 fractions are not accepted)`);
  }
  return threshold;
}
function splitGlobList(raw) {
  const globs = [];
  let current = "";
  let braceDepth = 0;
  for (const char of raw) {
    if (char === "{") braceDepth += 1;
    if (char === "}") braceDepth = Math.max(0, braceDepth - 1);
    if (char === "\n" || char === "\r" || char === "," && braceDepth === 0) {
      globs.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  globs.push(current);
  return globs.map((glob) => glob.trim()).filter((glob) => glob !== "");
}
function parseList(raw, defaults2) {
  const items = splitGlobList(raw);
  return items.length === 0 ? defaults2 : Object.freeze(items);
}
function parseGlobList(input, raw, defaults2) {
  const globs = parseList(raw, defaults2);
  const absolute = globs.find((glob) => glob.startsWith("/") || glob.startsWith("!"));
  if (absolute !== void 0) {
    return problem(
      input,
      raw,
      `expected globs relative to working-directory, one per line or comma-separated; "${absolute}" is absolute or negated (use exclude instead of "!")`
    );
  }
  return globs;
}
function parseOptionalPath(raw) {
  const value = raw.trim();
  return value === "" ? void 0 : value;
}
var MIN_SAMPLE = 10;
function parseMaxMutants(raw) {
  const value = raw.trim();
  if (value === "") return void 0;
  if (!/^\d{1,7}$/.test(value) || Number.parseInt(value, 10) < MIN_SAMPLE) {
    return problem(Inputs.MaxMutants, raw, `expected a whole number of mutants, at least ${MIN_SAMPLE}, or empty for no limit`);
  }
  return Number.parseInt(value, 10);
}
function parseWholeNumber(input, raw, { min, max, empty }, accepted) {
  const value = raw.trim();
  if (value === "") return empty;
  const number = /^\d{1,7}$/.test(value) ? Number.parseInt(value, 10) : Number.NaN;
  return number >= min && number <= max ? number : problem(input, raw, `expected a whole number of ${accepted}`);
}
function parseConcurrency(raw) {
  const value = raw.trim();
  if (value === "") return void 0;
  if (!/^\d+$/.test(value) || Number.parseInt(value, 10) < 1) {
    return problem(Inputs.Concurrency, raw, "expected a whole number of test runner processes, 1 or more, or empty for Stryker's default");
  }
  return Number.parseInt(value, 10);
}
var MAX_SHARDS = 64;
function parseShard(raw) {
  const value = raw.trim();
  if (value === "") return void 0;
  const form = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const index = Number.parseInt(form?.[1] ?? "", 10);
  const count = Number.parseInt(form?.[2] ?? "", 10);
  if (form === null || index < 1 || index > count || count > MAX_SHARDS) {
    return problem(Inputs.Shard, raw, `expected k/n with 1 <= k <= n <= ${MAX_SHARDS}, such as 2/4 (the second of four shards), or empty`);
  }
  return Object.freeze({ index, count });
}
var MAX_FLAKY_CHECK = 20;
function parseFlakyCheck(raw) {
  const value = raw.trim();
  if (value === "") return DEFAULT_FLAKY_CHECK;
  if (!/^\d+$/.test(value) || Number.parseInt(value, 10) > MAX_FLAKY_CHECK) {
    return problem(Inputs.FlakyCheck, raw, `expected a whole number of runs from 0 (no check) to ${MAX_FLAKY_CHECK}`);
  }
  return Number.parseInt(value, 10);
}
function parseBoolean(input, raw, fallback) {
  const choice = parseChoice(input, raw, fallback ? ["true", "false"] : ["false", "true"]);
  return choice instanceof InputProblem ? choice : choice === "true";
}
var TIMEOUT_FORM = /^\d{1,4}(\.\d{1,2})?$/;
var MAX_TIMEOUT_MINUTES = 1440;
function parseTimeout(raw) {
  const value = raw.trim();
  if (value === "") return void 0;
  const minutes = Number.parseFloat(value);
  if (!TIMEOUT_FORM.test(value) || minutes <= 0 || minutes > MAX_TIMEOUT_MINUTES) {
    return problem(
      Inputs.TimeoutMinutes,
      raw,
      `expected minutes above 0 and at most ${MAX_TIMEOUT_MINUTES}, such as 30 or 7.5, or empty for no limit`
    );
  }
  return minutes;
}
function parseChoice(input, raw, choices) {
  const value = raw.trim().toLowerCase();
  if (value === "") return choices[0];
  if (choices.includes(value)) return value;
  return problem(input, raw, `expected one of ${choices.join(", ")}`);
}
var VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseTestEnv(raw) {
  const names = parseList(raw, []);
  const malformed = names.filter((name) => !VARIABLE_NAME.test(name));
  const withheld = names.filter((name) => VARIABLE_NAME.test(name) && isWithheldVariable(name));
  const problems = [
    ...malformed.map(
      (name) => describe(Inputs.TestEnv, name, "expected environment variable names (letters, digits, _), one per line or comma-separated")
    ),
    ...withheld.map(
      (name) => describe(
        Inputs.TestEnv,
        name,
        "the token, the inputs, ACTIONS_* and the step command files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE) never reach the code under test"
      )
    )
  ];
  return problems.length > 0 ? new InputProblem(problems) : names;
}
var BUILT_IN_PATTERNS = Object.freeze(
  AGENT_SIGNALS.map(({ agent, pattern }) => ({
    agent,
    pattern: parseSignalPattern(pattern, [...PATTERN_KINDS, "pr-body"])
  }))
);
function parseAiPatterns(raw) {
  const lines = raw.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  const parsed = lines.map((line) => parseSignalPattern(line));
  const problems = parsed.filter((result) => typeof result === "string");
  if (problems.length > 0) {
    return new InputProblem(problems.map((reason) => `Input "${Inputs.AiPatterns}": ${reason}.`));
  }
  const custom = parsed.map((pattern) => ({ agent: "ai-patterns", pattern }));
  return Object.freeze([...BUILT_IN_PATTERNS, ...custom]);
}

// src/core/config/node-version.ts
function nodeVersionProblem(version) {
  const major = Number.parseInt(version.replace(/^v/, ""), 10);
  if (Number.isInteger(major) && major >= MINIMUM_NODE_MAJOR) return void 0;
  return `mutation-gate needs Node.js ${MINIMUM_NODE_MAJOR} or newer (Stryker 10 does), but the node on PATH is ${version}. Add actions/setup-node with node-version: 24 before this step.`;
}

// src/pipeline/gate.ts
import { relative as relative4, sep as sep3 } from "node:path";

// src/core/attribution/attribution.ts
var short = (sha) => sha.slice(0, 7);
function matchCommit(commit, pattern) {
  switch (pattern.kind) {
    case "email": {
      const person = peopleOf(commit).find((candidate) => pattern.regex.test(candidate.email));
      return person && `${person.role} ${person.email}`;
    }
    case "name": {
      const person = peopleOf(commit).find((candidate) => pattern.regex.test(candidate.name));
      return person && `${person.role} name ${person.name}`;
    }
    case "trailer": {
      const trailer = trailersOf(commit.message).find((candidate) => pattern.regex.test(candidate.line));
      return trailer && `trailer ${trailer.line}`;
    }
    case "message":
      return pattern.regex.test(commit.message) ? `message matches ${pattern.source}` : void 0;
    default:
      return void 0;
  }
}
function commitSignal(commit, patterns) {
  for (const { agent, pattern } of patterns) {
    const where = matchCommit(commit, pattern);
    if (where !== void 0) return `${where} (${agent})`;
  }
  return void 0;
}
function matchPullRequest(pullRequest, pattern) {
  switch (pattern.kind) {
    case "login":
      return pattern.regex.test(pullRequest.authorLogin) ? `opened by ${pullRequest.authorLogin}` : void 0;
    case "branch":
      return pattern.regex.test(pullRequest.headBranch) ? `from branch ${pullRequest.headBranch}` : void 0;
    case "pr-body":
      return pattern.regex.test(pullRequest.body) ? `description matches ${pattern.source}` : void 0;
    default:
      return void 0;
  }
}
function pullRequestSignal(pullRequest, patterns) {
  if (pullRequest === void 0) return void 0;
  for (const { agent, pattern } of patterns) {
    const where = matchPullRequest(pullRequest, pattern);
    if (where !== void 0) return `PR ${where} (${agent})`;
  }
  return void 0;
}
function isByPullRequestAuthor(commit, pullRequest) {
  const login = pullRequest.authorLogin.toLowerCase();
  if (login === "") return false;
  const email = commit.authorEmail.toLowerCase();
  const noReply = [`${login}@users.noreply.github.com`, `${pullRequest.authorId}+${login}@users.noreply.github.com`];
  return noReply.includes(email) || commit.authorName.toLowerCase() === login;
}
function aiLabel(pullRequest, aiLabels) {
  const wanted = new Set(aiLabels.map((label) => label.toLowerCase()));
  return pullRequest?.labels.find((label) => wanted.has(label.toLowerCase()));
}
function uncommittedDecision({ agent }) {
  return agent === void 0 ? { class: "unknown", evidence: "not committed yet, and no coding agent marks the environment running the command" } : { class: "ai", evidence: `not committed yet, and the command runs inside ${agent} (its environment variables say so)` };
}
function noteDecision(blamed, sources) {
  if (blamed.boundary) return void 0;
  const entries = sources.notes.get(blamed.sha)?.get(blamed.originalPath);
  const entry = entries?.find((candidate) => candidate.lines.has(blamed.originalLine));
  return entry && { class: entry.author, evidence: `commit ${short(blamed.sha)}, git-ai note: ${entry.who}` };
}
function attributeChangedLines(changed, sources) {
  const label = aiLabel(sources.pullRequest, sources.aiLabels);
  const pullRequestAgent = pullRequestSignal(sources.pullRequest, sources.patterns);
  const commitDecisions = /* @__PURE__ */ new Map();
  function decideCommit(sha) {
    const commit = sources.commits.get(sha);
    if (commit === void 0) return { class: "unknown", evidence: `commit ${short(sha)} could not be read` };
    const what = commit.parents.length > 1 ? `merge commit ${short(sha)}` : `commit ${short(sha)}`;
    const signal = commitSignal(commit, sources.patterns);
    if (signal !== void 0) return { class: "ai", evidence: `${what}, ${signal}` };
    if (pullRequestAgent !== void 0 && isByPullRequestAuthor(commit, sources.pullRequest)) {
      return { class: "ai", evidence: `${what} by the PR author; ${pullRequestAgent}` };
    }
    return { class: "unknown", evidence: `${what}: no AI marker` };
  }
  function decideLine(blamed) {
    if (sources.detection === "off") return { class: "unknown", evidence: "AI detection is off (ai-detection: off)" };
    if (sources.detection === "all") return { class: "ai", evidence: "every changed line counts as AI-touched (ai-detection: all)" };
    const note = blamed && noteDecision(blamed, sources);
    if (note?.class === "ai") return note;
    const overrules = note === void 0 ? "" : ` (overrules ${note.evidence}, which says human)`;
    if (label !== void 0) return { class: "ai", evidence: `PR label ${label}${overrules}` };
    if (blamed === void 0) return { class: "unknown", evidence: "git blame did not cover this line" };
    if (blamed.boundary) {
      return {
        class: "unknown",
        evidence: `blames to ${short(blamed.sha)}, at or before the merge base: a moved or whitespace-only change`
      };
    }
    if (blamed.sha === sources.uncommitted?.sha) return uncommittedDecision(sources.uncommitted);
    const cached = commitDecisions.get(blamed.sha) ?? decideCommit(blamed.sha);
    commitDecisions.set(blamed.sha, cached);
    if (cached.class === "ai") return { ...cached, evidence: `${cached.evidence}${overrules}` };
    return note ?? cached;
  }
  const attribution = /* @__PURE__ */ new Map();
  for (const file of changed) {
    const blamedLines = new Map((sources.blame.get(file.path) ?? []).map((blamed) => [blamed.line, blamed]));
    attribution.set(file.path, new Map(file.lines.map((line) => [line, { line, ...decideLine(blamedLines.get(line)) }])));
  }
  return attribution;
}

// src/core/attribution/signal-report.ts
function describeSignals(availability) {
  if (availability.detection !== "auto") {
    return { checked: [`none: ai-detection is ${availability.detection}`], unavailable: [] };
  }
  const custom = availability.patterns.filter((pattern) => pattern.agent === "ai-patterns").length;
  const agents = new Set(availability.patterns.filter((pattern) => pattern.agent !== "ai-patterns").map((pattern) => pattern.agent));
  const table = `${availability.patterns.length - custom} signals of ${agents.size} agents${custom > 0 ? ` and ${custom} from ai-patterns` : ""}`;
  const checked = [
    `authors, committers and Co-authored-by of the commits that introduced each line, their trailers and messages, against ${table}`
  ];
  const unavailable = [];
  if (availability.pullRequest) {
    checked.push(`PR labels (${availability.aiLabels.join(", ")}), PR author, head branch and description`);
  } else {
    unavailable.push("PR labels, author, branch and description: this run is not for a pull request");
  }
  if (availability.uncommitted === true) {
    checked.push("for lines not committed yet, the variables coding agents set in the environment running the command");
  }
  if (availability.notes) checked.push("git-ai notes (refs/notes/ai)");
  else unavailable.push("git-ai notes: refs/notes/ai is neither in the clone nor on origin");
  if (availability.shallow) unavailable.push("full history: the clone is shallow, so blame may credit the oldest commit it has");
  return { checked, unavailable };
}

// src/core/diff/changed-lines.ts
var import_parse_diff = __toESM(require_parse_diff(), 1);
var C_ESCAPES = {
  a: "\x07",
  b: "\b",
  t: "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  '"': '"',
  "\\": "\\"
};
function unquoteGitPath(path2) {
  const encoder = new TextEncoder();
  const bytes = [];
  for (const [, escaped = "", plain] of path2.matchAll(/\\([0-7]{3}|.)|([^\\]+)/gs)) {
    if (plain !== void 0) bytes.push(...encoder.encode(plain));
    else if (escaped.length === 3) bytes.push(Number.parseInt(escaped, 8));
    else bytes.push(...encoder.encode(C_ESCAPES[escaped] ?? escaped));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
var SYMLINK_MODE = "120000";
var SUBMODULE_MODE = "160000";
function parseNumstatPaths(numstat) {
  const fields = numstat.split("\0");
  const paths = [];
  for (let index = 0; index < fields.length; index += 1) {
    const entry = /^(?:\d+|-)\t(?:\d+|-)\t([\s\S]*)$/.exec(fields[index]);
    if (entry === null) continue;
    if (entry[1] !== "") {
      paths.push(entry[1]);
    } else {
      paths.push(fields[index + 2] ?? "");
      index += 2;
    }
  }
  return paths;
}
function addedInHunk(changes) {
  const deleted = changes.flatMap((change) => change.type === "del" ? [change.content.slice(1).trim()] : []);
  let next = 0;
  const added = [];
  for (const change of changes) {
    if (change.type !== "add") continue;
    const text = change.content.slice(1);
    const twin = deleted.indexOf(text.trim(), next);
    if (twin === -1) {
      added.push({ line: change.ln, text });
    } else {
      next = twin + 1;
    }
  }
  return added;
}
function parseAddedLines(diff, exactPaths) {
  const files = (0, import_parse_diff.default)(diff);
  const paths = exactPaths !== void 0 && exactPaths.length === files.length ? exactPaths : void 0;
  const result = [];
  for (const [index, file] of files.entries()) {
    if (file.newMode === SYMLINK_MODE || file.newMode === SUBMODULE_MODE) continue;
    const byLine = new Map(file.chunks.flatMap((chunk) => addedInHunk(chunk.changes)).map((added) => [added.line, added]));
    if (byLine.size === 0) continue;
    const path2 = paths?.[index] ?? unquoteGitPath(file.to);
    result.push({ path: path2, added: [...byLine.values()].sort((a, b) => a.line - b.line) });
  }
  return result;
}

// src/core/diff/file-scope.ts
var MATCH_OPTIONS = { dot: false };
function relativeToWorkingDirectory(repoPath, workingDirectory) {
  if (workingDirectory === "") return repoPath;
  const prefix2 = `${workingDirectory}/`;
  return repoPath.startsWith(prefix2) ? repoPath.slice(prefix2.length) : void 0;
}
function scopeChangedFiles(changed, scope) {
  const includes = scope.include.map((glob) => new Minimatch(glob, MATCH_OPTIONS));
  const excludes = scope.exclude.map((glob) => new Minimatch(glob, MATCH_OPTIONS));
  const selected = [];
  const skipped = [];
  for (const file of changed) {
    const path2 = relativeToWorkingDirectory(file.path, scope.workingDirectory);
    if (path2 === void 0) {
      skipped.push({ path: file.path, reason: "outside-working-directory" });
      continue;
    }
    if (scope.generated.has(file.path)) {
      skipped.push({ path: path2, reason: "generated" });
      continue;
    }
    if (!includes.some((matcher) => matcher.match(path2))) {
      skipped.push({ path: path2, reason: "not-included" });
      continue;
    }
    const exclusion = excludes.find((matcher) => matcher.match(path2));
    if (exclusion !== void 0) {
      skipped.push({ path: path2, reason: "excluded", pattern: exclusion.pattern });
      continue;
    }
    selected.push({ path: path2, lines: file.lines });
  }
  return { selected, skipped };
}

// src/core/diff/relative-imports.ts
import { posix } from "node:path";
var SPECIFIER = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\1/g;
var moduleKey = (path2) => path2.replace(SOURCE_FILE, "");
function importedKeys(importLine) {
  return [...importLine.text.matchAll(SPECIFIER)].map(([, , specifier]) => {
    const target = posix.normalize(posix.join(posix.dirname(importLine.path), specifier));
    return [moduleKey(target), target, `${target}/index`];
  });
}

// src/core/diff/untested-imports.ts
var TEST_FILE = /(?:^|\/)(?:__tests__|tests?)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/;
function filesNoTestReaches(files, imports) {
  const importers = /* @__PURE__ */ new Map();
  for (const importLine of imports) {
    for (const key of importedKeys(importLine).flat()) {
      const known = importers.get(key) ?? /* @__PURE__ */ new Set();
      known.add(importLine.path);
      importers.set(key, known);
    }
  }
  const reachedByTest = (file) => {
    const seen = /* @__PURE__ */ new Set([file]);
    const queue = [file];
    for (let next = queue.shift(); next !== void 0; next = queue.shift()) {
      for (const importer of importers.get(moduleKey(next)) ?? []) {
        if (TEST_FILE.test(importer)) return true;
        if (!seen.has(importer)) {
          seen.add(importer);
          queue.push(importer);
        }
      }
    }
    return false;
  };
  return files.filter((file) => !reachedByTest(file));
}

// src/core/scoring/ai-split.ts
function gatingOf(config) {
  return { detection: config.aiDetection, unknownAs: config.unknownAs };
}
function isGatedAsAi(line, gating) {
  if (gating.detection === "off") return false;
  return line.class === "ai" || line.class === "unknown" && gating.unknownAs === "ai";
}
function mutantAttribution(lines, mutant, gating) {
  let first;
  for (let line = mutant.location.start.line; line <= mutant.location.end.line; line += 1) {
    const attribution = lines?.get(line);
    if (attribution !== void 0 && isGatedAsAi(attribution, gating)) return attribution;
    first ??= attribution;
  }
  return first;
}
function splitByGate(kept, attribution, gating) {
  const ai = { changed: [], mutants: {} };
  const other = { changed: [], mutants: {} };
  for (const [path2, lines] of attribution) {
    for (const [portion, wanted] of [
      [ai, true],
      [other, false]
    ]) {
      const portionLines = [...lines.values()].filter((line) => isGatedAsAi(line, gating) === wanted).map((line) => line.line);
      if (portionLines.length === 0) continue;
      portion.changed.push({ path: path2, lines: portionLines });
      const file = kept[path2];
      if (file === void 0) continue;
      const mutants = file.mutants.filter((mutant) => {
        const decided = mutantAttribution(lines, mutant, gating);
        return (decided !== void 0 && isGatedAsAi(decided, gating)) === wanted;
      });
      portion.mutants[path2] = { ...file, mutants };
    }
  }
  return { ai, other };
}
function fileClass(lines) {
  const classes = new Set([...lines?.values() ?? []].map((line) => line.class));
  if (classes.size === 1) return [...classes][0];
  return classes.size === 0 ? "unknown" : "mixed";
}

// node_modules/mutation-testing-metrics/dist/src/helpers/file.js
var SEPARATOR = "/";
function normalize2(input, projectRoot, factory) {
  const fileNames = Object.keys(input);
  const commonBasePath = determineCommonBasePath(fileNames);
  return fileNames.reduce((output, fileName2) => {
    const relativeFileName = normalizeName(fileName2.startsWith(projectRoot) ? fileName2.slice(projectRoot.length) : fileName2);
    output[normalizeName(fileName2.slice(commonBasePath.length))] = factory(input[fileName2], relativeFileName);
    return output;
  }, /* @__PURE__ */ Object.create(null));
}
function normalizeName(fileName2) {
  return fileName2.split(/\/|\\/).filter(Boolean).join("/");
}
function determineCommonBasePath(fileNames) {
  const directories = fileNames.map((fileName2) => fileName2.split(/\/|\\/).slice(0, -1));
  if (fileNames.length) {
    return directories.reduce(filterDirectories).join(SEPARATOR);
  } else {
    return "";
  }
  function filterDirectories(previousDirectories, currentDirectories) {
    for (let i = 0; i < previousDirectories.length; i++) {
      if (previousDirectories[i] !== currentDirectories[i]) {
        return previousDirectories.splice(0, i);
      }
    }
    return previousDirectories;
  }
}
function compareNames(a, b) {
  const sortValue = (metricsResult) => {
    if (metricsResult.file) {
      return `1${metricsResult.name}`;
    } else {
      return `0${metricsResult.name}`;
    }
  };
  return sortValue(a).localeCompare(sortValue(b));
}

// node_modules/mutation-testing-metrics/dist/src/helpers/text.js
var CharacterCodes = {
  maxAsciiCharacter: 127,
  lineFeed: 10,
  // \n
  carriageReturn: 13,
  // \r
  lineSeparator: 8232,
  paragraphSeparator: 8233
};
function isLineBreak(ch) {
  return ch === CharacterCodes.lineFeed || ch === CharacterCodes.carriageReturn || ch === CharacterCodes.lineSeparator || ch === CharacterCodes.paragraphSeparator;
}
function computeLineStarts(text) {
  const result = [];
  let pos = 0;
  let lineStart = 0;
  function progressLineStart(pos2) {
    result.push(lineStart);
    lineStart = pos2;
  }
  progressLineStart(0);
  while (pos < text.length) {
    const ch = text.charCodeAt(pos);
    pos++;
    switch (ch) {
      case CharacterCodes.carriageReturn:
        if (text.charCodeAt(pos) === CharacterCodes.lineFeed) {
          pos++;
        }
        progressLineStart(pos);
        break;
      case CharacterCodes.lineFeed:
        progressLineStart(pos);
        break;
      default:
        if (ch > CharacterCodes.maxAsciiCharacter && isLineBreak(ch)) {
          progressLineStart(pos);
        }
        break;
    }
  }
  result.push(lineStart);
  return result;
}

// node_modules/mutation-testing-metrics/dist/src/helpers/group-by.js
function groupBy(arr, criteria) {
  if (Object.groupBy) {
    return Object.groupBy(arr, criteria);
  }
  return arr.reduce((acc, item) => {
    const key = criteria(item);
    acc[key] ??= [];
    acc[key].push(item);
    return acc;
  }, /* @__PURE__ */ Object.create(null));
}

// node_modules/mutation-testing-metrics/dist/src/model/mutant-model.js
function assertSourceFileDefined(sourceFile) {
  if (sourceFile === void 0) {
    throw new Error("mutant.sourceFile was not defined");
  }
}
var MutantModel = class {
  // MutantResult properties
  coveredBy;
  description;
  duration;
  id;
  killedBy;
  location;
  mutatorName;
  replacement;
  static;
  status;
  statusReason;
  testsCompleted;
  // New fields
  get coveredByTests() {
    return this.#resolveTests(this.coveredBy);
  }
  set coveredByTests(tests) {
    this.coveredBy = tests.map((test) => test.id);
    tests.forEach((test) => this.#relateTest(test));
  }
  get killedByTests() {
    return this.#resolveTests(this.killedBy);
  }
  set killedByTests(tests) {
    this.killedBy = tests.map((test) => test.id);
    tests.forEach((test) => this.#relateTest(test));
  }
  /**
   * The tests of the report, keyed by id, used to resolve `coveredByTests`/`killedByTests` lazily.
   * This map is shared with the other mutants in the report.
   */
  #relatedTests;
  constructor(input) {
    this.coveredBy = input.coveredBy;
    this.description = input.description;
    this.duration = input.duration;
    this.id = input.id;
    this.killedBy = input.killedBy;
    this.location = input.location;
    this.mutatorName = input.mutatorName;
    this.replacement = input.replacement;
    this.static = input.static;
    this.status = input.status;
    this.statusReason = input.statusReason;
    this.testsCompleted = input.testsCompleted;
  }
  /**
   * Relates this mutant to the tests in the report (by id).
   * @internal Called by `relate()` during `calculateMutationTestMetrics`. The tests are resolved
   * lazily from `coveredBy`/`killedBy`, so the (potentially millions of) mutant-test relationships
   * don't have to be stored in memory for large reports. The map is shared between all mutants of
   * the report.
   */
  relateTests(tests) {
    this.#relatedTests = tests;
  }
  addCoveredBy(test) {
    this.#relateTest(test);
    this.coveredBy ??= [];
    if (!this.coveredBy.includes(test.id)) {
      this.coveredBy.push(test.id);
    }
  }
  addKilledBy(test) {
    this.#relateTest(test);
    this.killedBy ??= [];
    if (!this.killedBy.includes(test.id)) {
      this.killedBy.push(test.id);
    }
  }
  #relateTest(test) {
    (this.#relatedTests ??= /* @__PURE__ */ new Map()).set(test.id, test);
  }
  #resolveTests(ids) {
    if (!ids?.length || !this.#relatedTests?.size) {
      return void 0;
    }
    const tests = [];
    const seen = /* @__PURE__ */ new Set();
    for (const id of ids) {
      if (!seen.has(id)) {
        seen.add(id);
        const test = this.#relatedTests.get(id);
        if (test) {
          tests.push(test);
        }
      }
    }
    return tests.length ? tests : void 0;
  }
  /**
   * Retrieves the lines of code with the mutant applied to it, to be shown in a diff view.
   */
  getMutatedLines() {
    assertSourceFileDefined(this.sourceFile);
    return this.sourceFile.getMutationLines(this);
  }
  /**
   * Retrieves the original source lines for this mutant, to be shown in a diff view.
   */
  getOriginalLines() {
    assertSourceFileDefined(this.sourceFile);
    return this.sourceFile.getLines(this.location);
  }
  /**
   * Helper property to retrieve the source file name
   * @throws When the `sourceFile` is not defined.
   */
  get fileName() {
    assertSourceFileDefined(this.sourceFile);
    return this.sourceFile.name;
  }
  // TODO: https://github.com/stryker-mutator/mutation-testing-elements/pull/2453#discussion_r1178769871
  update() {
    if (!this.sourceFile?.result?.file) {
      return;
    }
    this.sourceFile.result.updateAllMetrics();
  }
};

// node_modules/mutation-testing-metrics/dist/src/model/source-file.js
function assertSourceDefined(source) {
  if (source === void 0) {
    throw new Error("sourceFile.source is undefined");
  }
}
var SourceFile = class {
  #lineMap;
  getLineMap() {
    assertSourceDefined(this.source);
    return this.#lineMap ?? (this.#lineMap = computeLineStarts(this.source));
  }
  /**
   * Retrieves the source lines based on the `start.line` and `end.line` property.
   */
  getLines(location) {
    assertSourceDefined(this.source);
    const lineMap = this.getLineMap();
    return this.source.substring(lineMap[location.start.line], lineMap[(location.end ?? location.start).line + 1]);
  }
};

// node_modules/mutation-testing-metrics/dist/src/model/file-under-test-model.js
var FileUnderTestModel = class extends SourceFile {
  /**
   * Programming language that is used. Used for code highlighting, see https://prismjs.com/#examples.
   */
  language;
  /**
   * Full source code of the mutated file, this is used for highlighting.
   */
  source;
  /**
   * The mutants inside this file.
   */
  mutants;
  /**
   * The associated MetricsResult of this file.
   */
  result;
  name;
  /**
   * @param input The file result content
   * @param name The file name
   */
  constructor(input, name) {
    super();
    this.language = input.language;
    this.source = input.source;
    this.name = name;
    this.mutants = input.mutants.map((mutantResult) => {
      const mutant = new MutantModel(mutantResult);
      mutant.sourceFile = this;
      return mutant;
    });
  }
  /**
   * Retrieves the lines of code with the mutant applied to it, to be shown in a diff view.
   */
  getMutationLines(mutant) {
    const lineMap = this.getLineMap();
    const start = lineMap[mutant.location.start.line];
    const startOfEndLine = lineMap[mutant.location.end.line];
    const end = lineMap[mutant.location.end.line + 1];
    return `${this.source.substring(start, start + mutant.location.start.column - 1)}${mutant.replacement ?? mutant.description ?? mutant.mutatorName}${this.source.substring(startOfEndLine + mutant.location.end.column - 1, end)}`;
  }
};

// node_modules/mutation-testing-metrics/dist/src/model/metrics-result.js
function isTestMetrics(metrics) {
  return typeof metrics === "object" && metrics !== null && "notCovering" in metrics;
}
var MetricsResult = class {
  /**
   * The parent of this result (if it has one)
   */
  parent;
  /**
   * The name of this result
   */
  name;
  /**
   * The file belonging to this metric result (if it represents a single file)
   */
  file;
  /**
   * The the child results
   */
  childResults;
  /**
   * The actual metrics
   */
  metrics;
  constructor(name, childResults, metrics, file) {
    this.name = name;
    this.childResults = childResults;
    this.metrics = metrics;
    this.file = file;
  }
  updateParent(value) {
    this.parent = value;
    this.childResults.forEach((result) => result.updateParent(this));
  }
  updateAllMetrics() {
    if (this.parent !== void 0) {
      this.parent.updateAllMetrics();
      return;
    }
    this.updateMetrics();
  }
  updateMetrics() {
    if (this.file === void 0) {
      if (this.childResults.length === 0) {
        return;
      }
      this.childResults.forEach((childResult) => {
        childResult.updateMetrics();
      });
      const childMetrics = this.childResults.map((childResult) => childResult.metrics);
      if (isTestMetrics(childMetrics[0])) {
        this.metrics = sumTestFileMetrics(childMetrics);
      } else {
        this.metrics = sumFileMetrics(childMetrics);
      }
      return;
    }
    if (this.file.tests) {
      this.metrics = countTestFileMetrics([this.file]);
    } else {
      this.metrics = countFileMetrics([this.file]);
    }
  }
};

// node_modules/mutation-testing-metrics/dist/src/model/test-model.js
var TestStatus = {
  Killing: "Killing",
  Covering: "Covering",
  NotCovering: "NotCovering"
};

// node_modules/mutation-testing-metrics/dist/src/calculateMetrics.js
var DEFAULT_SCORE = NaN;
var ROOT_NAME = "All files";
function calculateMetrics(files) {
  const normalizedFiles = normalize2(files, "", (input, name) => new FileUnderTestModel(input, name));
  return calculateDirectoryMetrics(ROOT_NAME, normalizedFiles, countFileMetrics, sumFileMetrics);
}
function calculateDirectoryMetrics(name, files, calculateMetrics2, sumMetrics) {
  const childResults = toChildModels(files, calculateMetrics2, sumMetrics);
  const metrics = sumMetrics(childResults.map((childResult) => childResult.metrics));
  return new MetricsResult(name, childResults, metrics);
}
function calculateFileMetrics(fileName2, file, calculateMetrics2) {
  return new MetricsResult(fileName2, [], calculateMetrics2([file]), file);
}
function toChildModels(files, calculateMetrics2, sumMetrics) {
  const filesByDirectory = groupBy(Object.entries(files), (namedFile) => namedFile[0].split("/")[0]);
  return Object.keys(filesByDirectory).map((directoryName) => {
    if (filesByDirectory[directoryName].length > 1 || filesByDirectory[directoryName]?.[0][0] !== directoryName) {
      const directoryFiles = filesByDirectory[directoryName].reduce((directoryFiles2, [fileName2, file]) => {
        directoryFiles2[fileName2.slice(directoryName.length + 1)] = file;
        return directoryFiles2;
      }, {});
      return calculateDirectoryMetrics(directoryName, directoryFiles, calculateMetrics2, sumMetrics);
    } else {
      const [fileName2, file] = filesByDirectory[directoryName][0];
      return calculateFileMetrics(fileName2, file, calculateMetrics2);
    }
  }).sort(compareNames);
}
function countTestFileMetrics(testFile) {
  const metrics = { total: 0, killing: 0, covering: 0, notCovering: 0 };
  for (const file of testFile) {
    for (const test of file.tests) {
      metrics.total++;
      switch (test.status) {
        case TestStatus.Killing:
          metrics.killing++;
          break;
        case TestStatus.Covering:
          metrics.covering++;
          break;
        case TestStatus.NotCovering:
          metrics.notCovering++;
          break;
      }
    }
  }
  return metrics;
}
function sumTestFileMetrics(metrics) {
  const result = { total: 0, killing: 0, covering: 0, notCovering: 0 };
  for (const metric of metrics) {
    result.total += metric.total;
    result.killing += metric.killing;
    result.covering += metric.covering;
    result.notCovering += metric.notCovering;
  }
  return result;
}
function countFileMetrics(fileResult) {
  const countByStatus = {
    Pending: 0,
    Killed: 0,
    Timeout: 0,
    Survived: 0,
    NoCoverage: 0,
    RuntimeError: 0,
    CompileError: 0,
    Ignored: 0
  };
  for (const file of fileResult) {
    for (const mutant of file.mutants) {
      countByStatus[mutant.status]++;
    }
  }
  return toMetrics(countByStatus.Pending, countByStatus.Killed, countByStatus.Timeout, countByStatus.Survived, countByStatus.NoCoverage, countByStatus.RuntimeError, countByStatus.CompileError, countByStatus.Ignored);
}
function sumFileMetrics(metrics) {
  let pending = 0, killed = 0, timeout = 0, survived = 0, noCoverage = 0, runtimeErrors = 0, compileErrors = 0, ignored = 0;
  for (const metric of metrics) {
    pending += metric.pending;
    killed += metric.killed;
    timeout += metric.timeout;
    survived += metric.survived;
    noCoverage += metric.noCoverage;
    runtimeErrors += metric.runtimeErrors;
    compileErrors += metric.compileErrors;
    ignored += metric.ignored;
  }
  return toMetrics(pending, killed, timeout, survived, noCoverage, runtimeErrors, compileErrors, ignored);
}
function toMetrics(pending, killed, timeout, survived, noCoverage, runtimeErrors, compileErrors, ignored) {
  const totalDetected = timeout + killed;
  const totalUndetected = survived + noCoverage;
  const totalCovered = totalDetected + survived;
  const totalValid = totalUndetected + totalDetected;
  const totalInvalid = runtimeErrors + compileErrors;
  return {
    pending,
    killed,
    timeout,
    survived,
    noCoverage,
    runtimeErrors,
    compileErrors,
    ignored,
    totalDetected,
    totalUndetected,
    totalCovered,
    totalValid,
    totalInvalid,
    mutationScore: totalValid > 0 ? totalDetected / totalValid * 100 : DEFAULT_SCORE,
    totalMutants: totalValid + totalInvalid + ignored + pending,
    mutationScoreBasedOnCoveredCode: totalValid > 0 ? totalDetected / totalCovered * 100 || 0 : DEFAULT_SCORE
  };
}

// src/core/scoring/scoring.ts
function countMutants(files) {
  const metrics = calculateMetrics(files).metrics;
  return {
    mutants: metrics.totalValid,
    killed: metrics.killed,
    timeout: metrics.timeout,
    survived: metrics.survived,
    noCoverage: metrics.noCoverage,
    detected: metrics.totalDetected,
    invalid: metrics.totalInvalid,
    ignored: metrics.ignored,
    score: metrics.mutationScore
  };
}
var NO_MUTANTS = { language: "", source: "", mutants: [] };
function scoreChangedLines(kept, changed) {
  const files = changed.map((file) => {
    const counts = countMutants({ [file.path]: kept[file.path] ?? NO_MUTANTS });
    return { path: file.path, changedLines: file.lines.length, counts };
  });
  return { total: countMutants(kept), files };
}
function scoreHundredths(counts) {
  return Math.floor(counts.detected * 1e4 / counts.mutants);
}
function formatScore(counts) {
  return counts.mutants === 0 ? "" : (scoreHundredths(counts) / 100).toFixed(2);
}
function meetsThreshold(counts, threshold) {
  return counts.detected * 1e4 >= Math.round(threshold * 100) * counts.mutants;
}

// src/core/scoring/verdict.ts
function formatPercent(value) {
  return `${Number.isInteger(value) ? value : value.toFixed(2)}%`;
}
function undetected(counts) {
  return counts.survived + counts.noCoverage;
}
function describeAi(ai) {
  if (ai.lines === 0) return { text: "no AI-touched lines", failed: false };
  if (ai.counts.mutants === 0) return { text: "no valid mutant on AI-touched lines", failed: false };
  const score = `AI-touched lines score ${formatScore(ai.counts)}%`;
  const against = `ai-threshold ${formatPercent(ai.threshold)}`;
  if (meetsThreshold(ai.counts, ai.threshold)) return { text: `${score}, ${against}`, failed: false };
  return {
    text: `${score}, under the ${against}: ${undetected(ai.counts)} of ${ai.counts.mutants} mutant(s) there went unnoticed`,
    failed: true
  };
}
function describeOverall(total, threshold) {
  const score = `all changed lines score ${formatScore(total)}%`;
  const against = `threshold ${formatPercent(threshold)}`;
  if (meetsThreshold(total, threshold)) return { text: `${score}, ${against}`, failed: false };
  return {
    text: `${score}, under the ${against}: ${undetected(total)} of ${total.mutants} mutant(s) went unnoticed by the tests`,
    failed: true
  };
}
function decideVerdict(total, threshold, ai) {
  if (total.mutants === 0) {
    const invalid = total.invalid + total.ignored;
    const detail = invalid > 0 ? `Stryker made ${invalid} mutant(s) on them, but none could be tested (compile or runtime errors, or ignored)` : "no changed line holds code Stryker can mutate";
    return { kind: "no-mutants", reason: `No valid mutants on the changed lines: ${detail}.` };
  }
  const aiResult = describeAi(ai);
  const overall = describeOverall(total, threshold);
  const text = `${aiResult.text}; ${overall.text}.`;
  return {
    kind: aiResult.failed || overall.failed ? "fail" : "pass",
    reason: `${text.charAt(0).toUpperCase()}${text.slice(1)}`
  };
}
function nothingToMutateVerdict(changedFiles) {
  const reason = changedFiles === 0 ? "No mutants: the change adds or modifies no lines." : `No mutants: none of the ${changedFiles} changed file(s) is source code to mutate (see include and exclude).`;
  return { kind: "no-mutants", reason };
}
function applyUnjudged(verdict, notJudged) {
  if (notJudged === 0) return verdict;
  const scoreReason = `${verdict.reason.charAt(0).toLowerCase()}${verdict.reason.slice(1)}`;
  return {
    kind: "fail",
    reason: `${notJudged} mutant(s) on changed lines were judged by no test, even when run again, so that code is not measured; ${scoreReason}`
  };
}
function applyFindings(verdict, findings, approval) {
  if (findings === 0) return verdict;
  if (approval?.state === "approved") {
    return { ...verdict, reason: `${verdict.reason} ${findings} finding(s) approved by ${approval.by}.` };
  }
  const scoreReason = `${verdict.reason.charAt(0).toLowerCase()}${verdict.reason.slice(1)}`;
  return {
    kind: "fail",
    reason: `${findings} finding(s) change how this change is measured and need approval by someone other than its author; ${scoreReason}`
  };
}

// src/core/budgets/sample-estimate.ts
var Z = 1.959963984540054;
function wilson(p, n) {
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
function estimateScore(counts) {
  const tested = counts.filter((entry) => entry.valid > 0);
  const validTested = tested.reduce((sum2, entry) => sum2 + entry.valid, 0);
  if (validTested === 0) return void 0;
  const weights = tested.map((entry) => entry.stratum.population * entry.valid / entry.stratum.sampled);
  const totalWeight = weights.reduce((sum2, weight) => sum2 + weight, 0);
  let score = 0;
  let variance = 0;
  tested.forEach((entry, at) => {
    const share2 = weights[at] / totalWeight;
    const p = entry.detected / entry.valid;
    score += share2 * p;
    const unsampled = 1 - entry.stratum.sampled / entry.stratum.population;
    variance += share2 * share2 * unsampled * p * (1 - p) / Math.max(entry.valid - 1, 1);
  });
  const whole = tested.every((entry) => entry.stratum.sampled >= entry.stratum.population);
  if (whole) return { score: score * 100, low: score * 100, high: score * 100, tested: validTested };
  const share = tested.reduce((sum2, entry) => sum2 + entry.stratum.sampled, 0) / tested.reduce((sum2, entry) => sum2 + entry.stratum.population, 0);
  const effective = variance > 0 ? score * (1 - score) / variance : validTested / (1 - share);
  const { low, high } = wilson(score, Math.max(effective, 1));
  return { score: score * 100, low: Math.min(low, score) * 100, high: Math.max(high, score) * 100, tested: validTested };
}

// src/core/budgets/sampled-verdict.ts
var DETECTED2 = /* @__PURE__ */ new Set(["Killed", "Timeout"]);
var VALID = /* @__PURE__ */ new Set(["Killed", "Timeout", "Survived", "NoCoverage"]);
function sampleEstimates(strata, measured, attribution, gating) {
  const countsOf = (wanted) => strata.filter((stratum) => wanted === void 0 || stratum.gatedAsAi === wanted).map((stratum) => {
    let valid = 0;
    let detected = 0;
    for (const [path2, file] of Object.entries(measured)) {
      if (stratum.file !== "" && stratum.file !== path2) continue;
      for (const mutant of file.mutants) {
        const decided = mutantAttribution(attribution.get(path2), mutant, gating);
        if ((decided !== void 0 && isGatedAsAi(decided, gating)) !== stratum.gatedAsAi || !VALID.has(mutant.status)) continue;
        valid += 1;
        if (DETECTED2.has(mutant.status)) detected += 1;
      }
    }
    return { stratum, valid, detected };
  });
  return { total: estimateScore(countsOf(void 0)), ai: estimateScore(countsOf(true)), other: estimateScore(countsOf(false)) };
}
var percent = (value) => `${value.toFixed(2)}%`;
function describe2(what, estimate, threshold, name) {
  const score = `${what} score an estimated ${percent(estimate.score)} (95% interval ${percent(estimate.low)} to ${percent(estimate.high)})`;
  const failed = Math.floor(estimate.low * 100) < Math.round(threshold * 100);
  return {
    text: failed ? `${score}, whose lower bound is under the ${name} ${formatPercent(threshold)}` : `${score}, at or above the ${name} ${formatPercent(threshold)}`,
    failed
  };
}
function sampledVerdict(budget, estimates, thresholds) {
  const total = estimates?.total;
  if (budget?.strata === void 0 || total === void 0) return void 0;
  const tested = budget.strata.reduce((sum2, stratum) => sum2 + stratum.sampled, 0);
  const parts = [];
  const ai = estimates?.ai;
  if (thresholds.aiLines > 0 && ai !== void 0) parts.push(describe2("AI-touched lines", ai, thresholds.aiThreshold, "ai-threshold"));
  parts.push(describe2("all changed lines", total, thresholds.threshold, "threshold"));
  return {
    kind: parts.some((part) => part.failed) ? "fail" : "pass",
    reason: `A sample of ${tested} of ${budget.afterPerLine} mutant(s) (max-mutants ${budget.maxMutants}): ${parts.map((part) => part.text).join("; ")}.`
  };
}

// src/core/findings/finding.ts
var FINDING_TITLES = {
  suppression: "Mutants suppressed on changed lines",
  "stryker-config": "Stryker's configuration changed",
  "stryker-package": "The installed Stryker changed",
  "hidden-source": "Logic outside the measured scope",
  "stryker-internals": "Code that reads Stryker's internals",
  workflow: "The workflow that runs the gate changed"
};
function sortFindings(findings) {
  const order = Object.keys(FINDING_TITLES);
  return [...findings].sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0)
  );
}

// src/core/findings/suppressions.ts
function countSuppressedAsUndetected(kept) {
  return Object.fromEntries(
    Object.entries(kept).map(([path2, file]) => [
      path2,
      {
        ...file,
        mutants: file.mutants.map((mutant) => mutant.status === "Ignored" ? { ...mutant, status: "Survived" } : mutant)
      }
    ])
  );
}
function suppressionFindings(mutants, repositoryPrefix, approved) {
  const byLine = /* @__PURE__ */ new Map();
  for (const mutant of mutants) {
    if (mutant.status !== "Ignored") continue;
    const key = `${mutant.file}\0${mutant.line}`;
    byLine.set(key, [...byLine.get(key) ?? [], mutant]);
  }
  return [...byLine.values()].map((group2) => {
    const [first] = group2;
    const mutators = [...new Set(group2.map((mutant) => mutant.mutator))].join(", ");
    const reasons = [...new Set(group2.map((mutant) => mutant.suppressed ?? "no reason given"))].map((reason) => JSON.stringify(reason));
    const effect = approved ? "approved, so they are left out of the score" : "they count as not detected";
    return {
      kind: "suppression",
      path: `${repositoryPrefix}${first.file}`,
      line: first.line,
      change: `Stryker did not test ${group2.length} mutant(s) here (${mutators}), because ${reasons.join("; ")}: ${effect}`
    };
  });
}

// src/core/scoring/silent-tests.ts
var byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function tallyTests(mutants, tests, everyTest) {
  const ran = /* @__PURE__ */ new Map();
  const noticed = /* @__PURE__ */ new Map();
  const add = (counts, ids) => {
    for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (const mutant of mutants) {
    if (mutant.status === "Survived") add(ran, mutant.coveredBy);
    if (mutant.status === "Killed") {
      add(ran, everyTest ? [...mutant.coveredBy, ...mutant.killedBy] : mutant.killedBy);
      add(noticed, mutant.killedBy);
    }
  }
  return [...ran].map(([id, count]) => ({
    test: tests.get(id) ?? { id, name: id, file: void 0, line: void 0 },
    ran: count,
    noticed: noticed.get(id) ?? 0
  })).sort((a, b) => b.ran - a.ran || byName(a.test, b.test));
}
function testsThatNoticedNothing(tally) {
  return tally.filter((entry) => entry.noticed === 0).map((entry) => ({ test: entry.test, covered: entry.ran }));
}

// src/core/stryker/test-index.ts
function indexTests(report) {
  const tests = /* @__PURE__ */ new Map();
  for (const [file, testFile] of Object.entries(report.testFiles ?? {})) {
    for (const test of testFile.tests) {
      tests.set(test.id, { id: test.id, name: test.name, file: file === "" ? void 0 : file, line: test.location?.start.line });
    }
  }
  return tests;
}

// src/core/judge/code-excerpt.ts
function codeReader(source) {
  const lineStarts = [0];
  for (let index = source.indexOf("\n"); index !== -1; index = source.indexOf("\n", index + 1)) {
    lineStarts.push(index + 1);
  }
  return (location) => {
    const start = lineStarts[location.start.line - 1];
    const end = lineStarts[location.end.line - 1];
    if (start === void 0 || end === void 0) return "";
    return source.slice(start + location.start.column - 1, end + location.end.column - 1);
  };
}
function mutantDiff(source, location, replacement) {
  const lines = source.split(/\r?\n/);
  const before = lines.slice(location.start.line - 1, location.end.line);
  const first = before[0] ?? "";
  const last = before.at(-1) ?? "";
  const mutated = `${first.slice(0, location.start.column - 1)}${replacement}${last.slice(location.end.column - 1)}`;
  return { before, after: mutated.split(/\r?\n/) };
}

// src/core/judge/listed-mutants.ts
var NO_ATTRIBUTION = /* @__PURE__ */ new Map();
var NO_GATING = { detection: "off", unknownAs: "human" };
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function listMutants(files, attribution = NO_ATTRIBUTION, gating = NO_GATING) {
  return Object.keys(files).sort().flatMap((file) => {
    const result = files[file];
    const read = codeReader(result.source);
    const lines = attribution.get(file);
    return result.mutants.map((mutant) => {
      const decided = mutantAttribution(lines, mutant, gating);
      return {
        file,
        id: mutant.id,
        mutator: mutant.mutatorName,
        status: mutant.status,
        line: mutant.location.start.line,
        column: mutant.location.start.column,
        endLine: mutant.location.end.line,
        endColumn: mutant.location.end.column,
        original: read(mutant.location),
        replacement: mutant.replacement ?? "",
        coveredBy: mutant.coveredBy ?? [],
        killedBy: mutant.killedBy ?? [],
        class: decided?.class,
        evidence: decided?.evidence,
        aiGated: decided !== void 0 && isGatedAsAi(decided, gating),
        suppressed: mutant.status === "Ignored" ? mutant.statusReason ?? "no reason given" : void 0,
        diff: mutantDiff(result.source, mutant.location, mutant.replacement ?? "")
      };
    }).sort(
      (a, b) => a.line - b.line || a.column - b.column || compareText(a.mutator, b.mutator) || compareText(a.replacement, b.replacement)
    );
  });
}

// src/core/judge/judge.ts
var NOTHING_REPORTED = { schemaVersion: "2", thresholds: { high: 80, low: 60 }, files: {} };
function judge(config, evidence) {
  const { targeted, attribution } = evidence;
  const gating = gatingOf(config);
  const strykerReport = evidence.strykerReport ?? NOTHING_REPORTED;
  const kept = keepChangedLineMutants(strykerReport, targeted);
  const approved = evidence.approval?.state === "approved";
  const measured = approved ? kept : countSuppressedAsUndetected(kept);
  const score = scoreChangedLines(measured, targeted);
  const portions = splitByGate(measured, attribution, gating);
  const aiScore = scoreChangedLines(portions.ai.mutants, portions.ai.changed);
  const otherScore = scoreChangedLines(portions.other.mutants, portions.other.changed);
  const aiLines = portions.ai.changed.reduce((sum2, file) => sum2 + file.lines.length, 0);
  const tests = indexTests(strykerReport);
  const mutants = listMutants(kept, attribution, gating);
  const tally = tallyTests(mutants, tests, config.everyTest);
  const findings = sortFindings([...evidence.findings, ...suppressionFindings(mutants, evidence.repositoryPrefix, approved)]);
  const { budget } = evidence;
  const estimates = budget?.strata === void 0 ? void 0 : sampleEstimates(budget.strata, measured, attribution, gating);
  const sampled = sampledVerdict(budget, estimates, { threshold: config.threshold, aiThreshold: config.aiThreshold, aiLines });
  const scoreVerdict = evidence.strykerReport === void 0 ? nothingToMutateVerdict(evidence.changedFiles) : sampled ?? decideVerdict(score.total, config.threshold, { counts: aiScore.total, lines: aiLines, threshold: config.aiThreshold });
  const notJudged = evidence.unjudged.filter((mutant) => mutant.outcome === "not-judged").length;
  const verdict = applyFindings(applyUnjudged(scoreVerdict, notJudged), findings.length, evidence.approval);
  const notMutated = notMutatedFiles(evidence.scope.skipped, evidence.untargetable);
  return {
    kind: "scored",
    verdict,
    config,
    comparison: evidence.comparison,
    changedLines: evidence.scope.selected,
    notMutated,
    attribution,
    gating,
    signals: evidence.signals,
    files: score.files.map((file) => ({ ...file, class: fileClass(attribution.get(file.path)) })),
    score,
    aiScore,
    otherScore,
    aiLines,
    aiDetected: [...attribution.values()].some((lines) => [...lines.values()].some((line) => line.class === "ai")),
    mutants,
    findings,
    testRunChanges: evidence.testRunChanges,
    approval: evidence.approval,
    survived: mutants.filter((mutant) => mutant.status === "Survived"),
    suppressed: mutants.filter((mutant) => mutant.status === "Ignored"),
    uncovered: mutants.filter((mutant) => mutant.status === "NoCoverage"),
    silentTests: testsThatNoticedNothing(tally),
    testTally: tally,
    tests,
    repositoryPrefix: evidence.repositoryPrefix,
    isolation: evidence.isolation,
    setup: evidence.setup,
    timeouts: evidence.timeouts,
    unjudged: evidence.unjudged,
    flaky: evidence.flaky,
    packages: [],
    shard: evidence.shard,
    reuse: evidence.reuse,
    budget: budget === void 0 ? void 0 : { ...budget, estimates }
  };
}

// node_modules/pure-rand/lib/esm/distribution/uniformInt.js
function uniformIntInternal(rng, rangeSize) {
  const MaxAllowed = rangeSize > 2 ? ~~(4294967296 / rangeSize) * rangeSize : 4294967296;
  let deltaV = rng.next() + 2147483648;
  while (deltaV >= MaxAllowed) deltaV = rng.next() + 2147483648;
  return deltaV % rangeSize;
}
function fromNumberToArrayInt64(out, n) {
  if (n < 0) {
    const posN = -n;
    out.sign = -1;
    out.data[0] = ~~(posN / 4294967296);
    out.data[1] = posN >>> 0;
  } else {
    out.sign = 1;
    out.data[0] = ~~(n / 4294967296);
    out.data[1] = n >>> 0;
  }
  return out;
}
function substractArrayInt64(out, arrayIntA, arrayIntB) {
  const lowA = arrayIntA.data[1];
  const highA = arrayIntA.data[0];
  const signA = arrayIntA.sign;
  const lowB = arrayIntB.data[1];
  const highB = arrayIntB.data[0];
  const signB = arrayIntB.sign;
  out.sign = 1;
  if (signA === 1 && signB === -1) {
    const low2 = lowA + lowB;
    const high = highA + highB + (low2 > 4294967295 ? 1 : 0);
    out.data[0] = high >>> 0;
    out.data[1] = low2 >>> 0;
    return out;
  }
  let lowFirst = lowA;
  let highFirst = highA;
  let lowSecond = lowB;
  let highSecond = highB;
  if (signA === -1) {
    lowFirst = lowB;
    highFirst = highB;
    lowSecond = lowA;
    highSecond = highA;
  }
  let reminderLow = 0;
  let low = lowFirst - lowSecond;
  if (low < 0) {
    reminderLow = 1;
    low = low >>> 0;
  }
  out.data[0] = highFirst - highSecond - reminderLow;
  out.data[1] = low;
  return out;
}
function uniformArrayIntInternal(rng, out, rangeSize) {
  const maxIndex0 = rangeSize[0] + 1;
  out[0] = uniformIntInternal(rng, maxIndex0);
  out[1] = uniformIntInternal(rng, 4294967296);
  while (out[0] >= rangeSize[0] && (out[0] !== rangeSize[0] || out[1] >= rangeSize[1])) {
    out[0] = uniformIntInternal(rng, maxIndex0);
    out[1] = uniformIntInternal(rng, 4294967296);
  }
  return out;
}
var safeNumberMaxSafeInteger = Number.MAX_SAFE_INTEGER;
var sharedA = {
  sign: 1,
  data: [0, 0]
};
var sharedB = {
  sign: 1,
  data: [0, 0]
};
var sharedC = {
  sign: 1,
  data: [0, 0]
};
var sharedData = [0, 0];
function uniformLargeIntInternal(rng, from, to, rangeSize) {
  const rangeSizeArrayIntValue = rangeSize <= safeNumberMaxSafeInteger ? fromNumberToArrayInt64(sharedC, rangeSize) : substractArrayInt64(sharedC, fromNumberToArrayInt64(sharedA, to), fromNumberToArrayInt64(sharedB, from));
  if (rangeSizeArrayIntValue.data[1] === 4294967295) {
    rangeSizeArrayIntValue.data[0] += 1;
    rangeSizeArrayIntValue.data[1] = 0;
  } else rangeSizeArrayIntValue.data[1] += 1;
  uniformArrayIntInternal(rng, sharedData, rangeSizeArrayIntValue.data);
  return sharedData[0] * 4294967296 + sharedData[1] + from;
}
function uniformInt(rng, from, to) {
  const rangeSize = to - from;
  if (rangeSize <= 4294967295) return uniformIntInternal(rng, rangeSize + 1) + from;
  return uniformLargeIntInternal(rng, from, to, rangeSize);
}

// node_modules/pure-rand/lib/esm/generator/xoroshiro128plus.js
var jumps = [
  3639956645,
  3750757012,
  1261568508,
  386426335
];
var XoroShiro128Plus = class XoroShiro128Plus2 {
  constructor(s01, s00, s11, s10) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
  clone() {
    return new XoroShiro128Plus2(this.s01, this.s00, this.s11, this.s10);
  }
  next() {
    const out = this.s00 + this.s10 | 0;
    const a0 = this.s10 ^ this.s00;
    const a1 = this.s11 ^ this.s01;
    const s00 = this.s00;
    const s01 = this.s01;
    this.s00 = s00 << 24 ^ s01 >>> 8 ^ a0 ^ a0 << 16;
    this.s01 = s01 << 24 ^ s00 >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
    this.s10 = a1 << 5 ^ a0 >>> 27;
    this.s11 = a0 << 5 ^ a1 >>> 27;
    return out;
  }
  jump() {
    let ns01 = 0;
    let ns00 = 0;
    let ns11 = 0;
    let ns10 = 0;
    let s01 = this.s01;
    let s00 = this.s00;
    let s11 = this.s11;
    let s10 = this.s10;
    for (let i = 0; i !== 4; ++i) {
      const ji = jumps[i];
      for (let mask = 1; mask; mask <<= 1) {
        if (ji & mask) {
          ns01 ^= s01;
          ns00 ^= s00;
          ns11 ^= s11;
          ns10 ^= s10;
        }
        const a0 = s10 ^ s00;
        const a1 = s11 ^ s01;
        const s00_ = s00;
        const s01_ = s01;
        s00 = s00_ << 24 ^ s01_ >>> 8 ^ a0 ^ a0 << 16;
        s01 = s01_ << 24 ^ s00_ >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
        s10 = a1 << 5 ^ a0 >>> 27;
        s11 = a0 << 5 ^ a1 >>> 27;
      }
    }
    this.s01 = ns01;
    this.s00 = ns00;
    this.s11 = ns11;
    this.s10 = ns10;
  }
  getState() {
    return [
      this.s01,
      this.s00,
      this.s11,
      this.s10
    ];
  }
};
function xoroshiro128plus(seed) {
  return new XoroShiro128Plus(-1, ~seed, seed | 0, 0);
}

// src/core/budgets/mutant-choice.ts
var MUTATOR_ORDER = [
  "EqualityOperator",
  "ConditionalExpression",
  "LogicalOperator",
  "ArithmeticOperator",
  "BooleanLiteral",
  "UnaryOperator",
  "UpdateOperator",
  "AssignmentOperator",
  "OptionalChaining",
  "MethodExpression",
  "BlockStatement",
  "ArrowFunction",
  "Regex",
  "StringLiteral",
  "ArrayDeclaration",
  "ObjectLiteral"
];
function mutantKey(file, mutant) {
  const { start, end } = mutant.location;
  return `${file}:${start.line}:${start.column}-${end.line}:${end.column} ${mutant.mutatorName} ${mutant.replacement ?? ""}`;
}
var byPosition = (a, b) => {
  const keyA = mutantKey(a.file, a.mutant);
  const keyB = mutantKey(b.file, b.mutant);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
};
var rank = (mutator) => {
  const at = MUTATOR_ORDER.indexOf(mutator);
  return at === -1 ? MUTATOR_ORDER.length : at;
};
function onePerLine(candidates) {
  const chosen = /* @__PURE__ */ new Map();
  for (const candidate of [...candidates].sort(byPosition)) {
    const line = `${candidate.file}:${candidate.mutant.location.start.line}`;
    const held = chosen.get(line);
    const better = held === void 0 || rank(candidate.mutant.mutatorName) < rank(held.mutant.mutatorName) || rank(candidate.mutant.mutatorName) === rank(held.mutant.mutatorName) && candidate.mutant.mutatorName < held.mutant.mutatorName;
    if (better) chosen.set(line, candidate);
  }
  return [...chosen.values()];
}
function allocate(populations, budget) {
  const rest = budget - populations.length;
  const left = populations.map((size) => size - 1);
  const total = left.reduce((sum2, size) => sum2 + size, 0);
  const shares = left.map((size) => rest * size / total);
  const counts = shares.map((share) => 1 + Math.floor(share));
  const remaining = budget - counts.reduce((sum2, count) => sum2 + count, 0);
  const largestRemainders = shares.map((share, at) => ({ at, fraction: share - Math.floor(share) })).sort((a, b) => b.fraction - a.fraction || a.at - b.at).slice(0, remaining);
  for (const { at } of largestRemainders) counts[at] = counts[at] + 1;
  return counts;
}
function chooseMutants(candidates, budget, seed) {
  const left = budget.perLine === 1 ? onePerLine(candidates) : [...candidates];
  const base = { maxMutants: budget.maxMutants, perLine: budget.perLine, made: candidates.length, afterPerLine: left.length };
  if (budget.maxMutants === void 0 || left.length <= budget.maxMutants) {
    return { chosen: left.sort(byPosition), budget: { ...base, strata: void 0 } };
  }
  const groups = /* @__PURE__ */ new Map();
  const byFile = new Set(left.map((candidate) => `${candidate.file}\0${candidate.gatedAsAi}`)).size <= budget.maxMutants;
  for (const candidate of [...left].sort(byPosition)) {
    const key = byFile ? `${candidate.file}\0${candidate.gatedAsAi}` : `\0${candidate.gatedAsAi}`;
    groups.set(key, [...groups.get(key) ?? [], candidate]);
  }
  const strata = [...groups.values()];
  const counts = allocate(
    strata.map((members) => members.length),
    budget.maxMutants
  );
  const rng = xoroshiro128plus(seed);
  const chosen = [];
  const described = [];
  strata.forEach((members, at) => {
    const pool = [...members];
    const count = counts[at];
    for (let index = 0; index < count; index += 1) {
      const pick = uniformInt(rng, index, pool.length - 1);
      [pool[index], pool[pick]] = [pool[pick], pool[index]];
    }
    chosen.push(...pool.slice(0, count));
    const first = members[0];
    described.push({ file: byFile ? first.file : "", gatedAsAi: first.gatedAsAi, population: members.length, sampled: count });
  });
  return { chosen: chosen.sort(byPosition), budget: { ...base, strata: described } };
}
function mergedBudgets(budgets) {
  const given = budgets.filter((budget) => budget !== void 0);
  const [first] = given;
  if (first === void 0) return void 0;
  return {
    maxMutants: first.maxMutants,
    perLine: first.perLine,
    made: given.reduce((sum2, budget) => sum2 + budget.made, 0),
    afterPerLine: given.reduce((sum2, budget) => sum2 + budget.afterPerLine, 0),
    strata: void 0
  };
}

// src/core/judge/merged-runs.ts
function withoutDuplicates(items) {
  return [...new Map(items.map((item) => [JSON.stringify(item), item])).values()];
}
function renamedMutant(mutant, id, testId) {
  return {
    ...mutant,
    id,
    ...mutant.coveredBy === void 0 ? {} : { coveredBy: mutant.coveredBy.map(testId) },
    ...mutant.killedBy === void 0 ? {} : { killedBy: mutant.killedBy.map(testId) }
  };
}
function mergedReports(parts) {
  const testFiles = {};
  const canonical = /* @__PURE__ */ new Map();
  const files = {};
  for (const { report, files: taken, qualify: qualify3 } of parts) {
    const ids = /* @__PURE__ */ new Map();
    for (const [reported, testFile] of Object.entries(report.testFiles ?? {})) {
      const name = normalizeReportPath(reported, report.projectRoot);
      for (const test of testFile.tests) {
        const key = JSON.stringify([name, test.name]);
        const known = canonical.get(key);
        const id = known ?? qualify3(test.id);
        ids.set(test.id, id);
        if (known !== void 0) continue;
        canonical.set(key, id);
        testFiles[name] = { ...testFile, tests: [...testFiles[name]?.tests ?? [], { ...test, id }] };
      }
    }
    const testId = (id) => ids.get(id) ?? qualify3(id);
    for (const [reported, file] of Object.entries(report.files)) {
      const name = normalizeReportPath(reported, report.projectRoot);
      if (!taken.has(name)) continue;
      files[name] = { ...file, mutants: file.mutants.map((mutant) => renamedMutant(mutant, qualify3(mutant.id), testId)) };
    }
  }
  return { files, testFiles };
}

// src/core/judge/workspace.ts
var qualify = (folder, id) => `${folder}#${id}`;
function mergedStrykerReport(packages) {
  const reported = packages.filter((entry) => entry.evidence.strykerReport !== void 0);
  const first = reported[0]?.evidence.strykerReport;
  if (first === void 0) return void 0;
  const files = {};
  const testFiles = {};
  for (const { folder, evidence } of reported) {
    const report = evidence.strykerReport;
    for (const [name, file] of Object.entries(report.files)) {
      files[`${evidence.repositoryPrefix}${normalizeReportPath(name, report.projectRoot)}`] = {
        ...file,
        mutants: file.mutants.map((mutant) => renamedMutant(mutant, qualify(folder, mutant.id), (id) => qualify(folder, id)))
      };
    }
    for (const [name, testFile] of Object.entries(report.testFiles ?? {})) {
      const path2 = name === "" ? "" : `${evidence.repositoryPrefix}${normalizeReportPath(name, report.projectRoot)}`;
      const tests = testFile.tests.map((test) => ({ ...test, id: qualify(folder, test.id) }));
      testFiles[path2] = { ...testFile, tests: [...testFiles[path2]?.tests ?? [], ...tests] };
    }
  }
  return { schemaVersion: first.schemaVersion, thresholds: first.thresholds, files, testFiles };
}
function mergeWorkspaceEvidence({ packages, elsewhere }) {
  const first = packages[0].evidence;
  const inRepository = (evidence, file) => ({
    ...file,
    path: `${evidence.repositoryPrefix}${file.path}`
  });
  const each = (pick) => packages.flatMap(({ folder, evidence }) => pick(evidence, folder));
  const targeted = each((evidence) => evidence.targeted.map((file) => inRepository(evidence, file)));
  const measured = new Set(targeted.map((file) => file.path));
  const attribution = new Map(
    each((evidence) => [...evidence.attribution].map(([path2, lines]) => [`${evidence.repositoryPrefix}${path2}`, lines]))
  );
  const located = (evidence, folder, item) => ({
    ...item,
    file: `${evidence.repositoryPrefix}${item.file}`,
    id: qualify(folder, item.id)
  });
  return {
    comparison: first.comparison,
    changedFiles: first.changedFiles,
    scope: {
      selected: each((evidence) => evidence.scope.selected.map((file) => inRepository(evidence, file))),
      skipped: [
        ...each(
          (evidence) => evidence.scope.skipped.filter((file) => file.reason !== "outside-working-directory").map((file) => inRepository(evidence, file))
        ),
        ...elsewhere
      ]
    },
    untargetable: each((evidence) => evidence.untargetable.map((path2) => `${evidence.repositoryPrefix}${path2}`)),
    targeted,
    attribution,
    signals: {
      checked: withoutDuplicates(each((evidence) => evidence.signals.checked)),
      unavailable: withoutDuplicates(each((evidence) => evidence.signals.unavailable))
    },
    repositoryPrefix: "",
    strykerReport: mergedStrykerReport(packages),
    findings: withoutDuplicates(
      each((evidence) => evidence.findings).filter((finding) => !(finding.kind === "hidden-source" && measured.has(finding.path)))
    ),
    testRunChanges: withoutDuplicates(each((evidence) => evidence.testRunChanges)),
    // One check served every package: the first answer is everyone's.
    approval: packages.map(({ evidence }) => evidence.approval).find((approval) => approval !== void 0),
    isolation: void 0,
    setup: void 0,
    timeouts: each((evidence, folder) => evidence.timeouts.map((timeout) => located(evidence, folder, timeout))),
    unjudged: each((evidence, folder) => evidence.unjudged.map((mutant) => located(evidence, folder, mutant))),
    flaky: void 0,
    ...packages.some(({ evidence }) => evidence.budget !== void 0) ? { budget: mergedBudgets(packages.map(({ evidence }) => evidence.budget)) } : {}
  };
}
function judgeWorkspace(config, workspace) {
  return {
    ...judge(config, mergeWorkspaceEvidence(workspace)),
    packages: workspace.packages.map(({ folder, evidence }) => ({ folder, report: judge(config, evidence) }))
  };
}

// src/core/reuse/reused-results.ts
var earlierId = (id) => `earlier#${id}`;
function withReusedResults(fresh, plan) {
  if (plan === void 0 || plan.state === void 0) return fresh;
  const { state } = plan;
  const reused = (path2) => plan.files.has(path2);
  const freshPart = (report) => ({
    report,
    files: new Set(Object.keys(report.files).map((name) => normalizeReportPath(name, report.projectRoot))),
    qualify: (id) => id
  });
  const merged = mergedReports([
    ...fresh === void 0 ? [] : [freshPart(fresh.report)],
    { report: state.report, files: plan.files, qualify: earlierId }
  ]);
  const base = fresh?.report ?? state.report;
  return {
    report: { schemaVersion: base.schemaVersion, thresholds: base.thresholds, ...merged },
    timeouts: [
      ...fresh?.timeouts ?? [],
      ...state.timeouts.filter((timeout) => reused(timeout.file)).map((timeout) => ({ ...timeout, id: earlierId(timeout.id) }))
    ],
    unjudged: [
      ...fresh?.unjudged ?? [],
      ...state.unjudged.filter((mutant) => reused(mutant.file)).map((mutant) => ({ ...mutant, id: earlierId(mutant.id) }))
    ]
  };
}

// src/core/shards/shard-plan.ts
function planShards(files, count) {
  const shards = Array.from({ length: count }, () => ({ paths: [], cost: 0 }));
  const ordered = [...files].sort((a, b) => b.lines.length - a.lines.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of ordered) {
    const cheapest = shards.reduce((best, shard) => shard.cost < best.cost ? shard : best);
    cheapest.paths.push(file.path);
    cheapest.cost += file.lines.length;
  }
  return shards.map((shard) => shard.paths.sort());
}
function filesOfShard(files, plan, shard) {
  const mine = new Set(plan[shard.index - 1]);
  return files.filter((file) => mine.has(file.path));
}

// src/core/stryker/trusted-config.ts
var STRYKER_CONFIG_NAMES = ["", "."].flatMap(
  (prefix2) => [".conf", ".config"].flatMap((suffix) => ["json", "js", "mjs", "cjs"].map((extension) => `${prefix2}stryker${suffix}.${extension}`))
);
function chooseTrustedConfig(candidates) {
  const base = candidates.paths.find((path2) => candidates.atBase.has(path2));
  const head = candidates.paths.find((path2) => candidates.atHead.has(path2));
  const findings = [];
  for (const path2 of /* @__PURE__ */ new Set([base, head])) {
    if (path2 === void 0 || !candidates.changed.has(path2)) continue;
    const change = path2 !== head ? "removes or replaces the Stryker config the merge base uses" : path2 !== base ? `adds a Stryker config that Stryker would use${base === void 0 ? " instead of its defaults" : ` instead of ${base}`}` : "edits the Stryker config";
    findings.push({
      kind: "stryker-config",
      path: path2,
      line: void 0,
      change: `${change}: the gate measured with the merge base's configuration${base === void 0 ? " (Stryker's defaults)" : ""}, and uses this change's only once approved`
    });
  }
  return { base, head, findings };
}

// src/core/attribution/blame.ts
var HEADER = /^([0-9a-f]{40,64}) (\d+) (\d+)(?: \d+)?$/;
function parseBlamePorcelain(text) {
  const lines = [];
  let current;
  for (const row of text.split("\n")) {
    const header = HEADER.exec(row);
    if (header && current === void 0) {
      current = { sha: header[1], originalLine: Number(header[2]), line: Number(header[3]), boundary: false, originalPath: "" };
    } else if (current === void 0) {
    } else if (row.startsWith("	")) {
      lines.push(current);
      current = void 0;
    } else if (row === "boundary") {
      current.boundary = true;
    } else if (row.startsWith("filename ")) {
      const name = row.slice("filename ".length);
      current.originalPath = name.startsWith('"') && name.endsWith('"') ? unquoteGitPath(name.slice(1, -1)) : name;
    }
  }
  return lines;
}

// src/core/attribution/git-ai-notes.ts
var MAX_RANGE_LINES = 1e6;
function parseLineSpec(spec) {
  const lines = /* @__PURE__ */ new Set();
  for (const part of spec.split(",").filter((range2) => range2 !== "")) {
    const [start = Number.NaN, end = start] = part.split("-").map(Number);
    if (!Number.isInteger(start) || !Number.isInteger(end) || end - start + 1 > MAX_RANGE_LINES) continue;
    for (let line = start; line <= end; line += 1) lines.add(line);
  }
  return lines;
}
function parseMetadata(json) {
  try {
    const parsed = JSON.parse(json);
    return typeof parsed === "object" && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}
function describeAgent(key, metadata) {
  const record = key.startsWith("s_") ? metadata.sessions?.[key.split("::")[0]] : metadata.prompts?.[key];
  const agent = [record?.agent_id?.tool, record?.agent_id?.model].filter((part) => part !== void 0 && part !== "");
  return agent.length > 0 ? agent.join(" ") : "an agent session";
}
function parseGitAiNote(text) {
  const separator = text.search(/^---$/m);
  const attestations = separator === -1 ? text : text.slice(0, separator);
  const metadata = separator === -1 ? {} : parseMetadata(text.slice(separator + 3));
  const files = /* @__PURE__ */ new Map();
  let entries;
  for (const row of attestations.split("\n")) {
    if (row.trim() === "") continue;
    if (!row.startsWith(" ")) {
      const path2 = row.trim().replace(/^"(.*)"$/, "$1");
      entries = files.get(path2) ?? [];
      files.set(path2, entries);
      continue;
    }
    const [key = "", spec = ""] = row.trim().split(/\s+/);
    const human = key.startsWith("h_");
    entries?.push({
      author: human ? "human" : "ai",
      who: human ? metadata.humans?.[key]?.author ?? "a human" : describeAgent(key, metadata),
      lines: parseLineSpec(spec)
    });
  }
  return files;
}

// src/pipeline/attribution-sources.ts
var PROGRESS_EVERY = 50;
async function gatherAttributionSources(git, files, repositoryPath, comparison, config, event, progress = () => {
}, uncommitted) {
  const { pullRequest } = event;
  const base = { detection: config.aiDetection, patterns: config.aiPatterns, aiLabels: config.aiLabels, pullRequest };
  const none = { blame: /* @__PURE__ */ new Map(), commits: /* @__PURE__ */ new Map(), notes: /* @__PURE__ */ new Map() };
  if (config.aiDetection !== "auto" || files.length === 0) {
    return {
      sources: { ...base, ...none },
      availability: { ...base, pullRequest: pullRequest !== void 0, notes: false, shallow: false }
    };
  }
  const blame = /* @__PURE__ */ new Map();
  for (const [index, file] of files.entries()) {
    const porcelain = await git.blame(repositoryPath(file.path), toLineRanges(file.lines), comparison.mergeBase, comparison.head);
    blame.set(file.path, parseBlamePorcelain(porcelain));
    if ((index + 1) % PROGRESS_EVERY === 0) progress(`Attribution: blamed ${index + 1} of ${files.length} changed files.`);
  }
  const shas = [
    ...new Set(
      [...blame.values()].flat().filter((line) => !line.boundary).map((line) => line.sha)
    )
  ];
  const commits = new Map(parseCommitLog(await git.commitLog(shas, COMMIT_LOG_FORMAT)).map((commit) => [commit.sha, commit]));
  const hasNotes = await git.fetchAiNotes();
  const notes = /* @__PURE__ */ new Map();
  if (hasNotes) {
    for (const sha of shas) {
      const note = await git.aiNote(sha);
      if (note !== void 0) notes.set(sha, parseGitAiNote(note));
    }
  }
  return {
    sources: { ...base, blame, commits, notes, ...uncommitted === void 0 ? {} : { uncommitted } },
    availability: {
      ...base,
      pullRequest: pullRequest !== void 0,
      notes: hasNotes,
      shallow: await git.isShallow(),
      ...uncommitted === void 0 ? {} : { uncommitted: true }
    }
  };
}

// src/pipeline/ai-approvals.ts
async function changeAiLines(git, changed, comparison, config, event, uncommitted) {
  const { sources } = await gatherAttributionSources(git, changed, (path2) => path2, comparison, config, event, void 0, uncommitted);
  const gating = gatingOf(config);
  let lines = 0;
  for (const file of attributeChangedLines(changed, sources).values()) {
    for (const line of file.values()) if (isGatedAsAi(line, gating)) lines += 1;
  }
  return lines;
}
async function checkAiApprovals(config, event, aiLines, ports) {
  if (config.aiApprovals === 0) return void 0;
  const check = {
    required: config.aiApprovals,
    minLines: config.aiApprovalsMinLines,
    aiLines,
    approvers: [],
    refused: [],
    unavailable: void 0
  };
  if (!needsApprovals(check)) {
    ports.log.info(
      `ai-approvals: ${aiLines} AI-touched changed line(s), under ai-approvals-min-lines ${check.minLines}: no approval needed.`
    );
    return check;
  }
  const pullRequest = event.pullRequest;
  if (pullRequest?.number === void 0 || pullRequest.headSha === void 0) {
    return { ...check, unavailable: `a ${event.name || "local"} run has no pull request reviews to count` };
  }
  const facts = await ports.approvals.reviewFacts({
    pullNumber: pullRequest.number,
    headSha: pullRequest.headSha,
    authorLogin: pullRequest.authorLogin
  });
  if (typeof facts === "string") return { ...check, unavailable: facts };
  const counted = { ...check, ...countApprovals(facts, { headSha: pullRequest.headSha, authorLogin: pullRequest.authorLogin }) };
  ports.log.info(
    `ai-approvals: ${aiLines} AI-touched changed line(s) need ${check.required} approval(s); ${counted.approvers.length} count${counted.approvers.length === 0 ? "" : ` (${counted.approvers.map((login) => `@${login}`).join(", ")})`}.`
  );
  return counted;
}

// src/pipeline/approval.ts
function approvalCheck(approvals, event) {
  let answer;
  async function ask() {
    const pullRequest = event.pullRequest;
    if (pullRequest?.number === void 0 || pullRequest.headSha === void 0) {
      return { state: "not-approved", reason: `a ${event.name || "local"} run has no pull request review to approve findings with` };
    }
    return approvals.find({ pullNumber: pullRequest.number, headSha: pullRequest.headSha, authorLogin: pullRequest.authorLogin });
  }
  return {
    async isApproved() {
      answer ??= await ask();
      return answer.state === "approved";
    },
    answer: () => answer
  };
}

// src/pipeline/budget.ts
import { createHash as createHash2 } from "node:crypto";

// src/core/stryker/failure-diagnosis.ts
var NO_TESTS = /^No tests were executed/;
var TESTS_ERRORED = /^One or more tests resulted in an error:/;
var INITIAL_RUN_TIMED_OUT = /^Initial test run timed out/;
var FAILED_TESTS2 = /^One or more tests failed in the initial test run:/;
var MISSING_PLUGIN = /Cannot find (\S+) plugin "([^"]+)"/;
var MISSING_JEST_ENVIRONMENT = /Cannot find module '(jest-environment-[\w-]+)'/;
var SANDBOX_FILE = /\b(ELOOP|ENOENT|EISDIR|EACCES|EPERM): [^,]*, (?:copyfile|symlink|readlink|scandir|lstat) '([^']+)'/;
var SAY_MORE = "Stryker's output is below.";
function firstError(output, pattern) {
  return output.errors.find((entry) => pattern.test(entry.lines[0] ?? ""));
}
function matchInErrors(output, pattern) {
  for (const line of output.errors.flatMap((entry) => entry.lines)) {
    const match2 = pattern.exec(line);
    if (match2 !== null) return match2;
  }
  return void 0;
}
function listed(names, count) {
  const shown = names.map((name) => `"${name}"`).join(", ");
  return count > names.length ? `${shown} and ${count - names.length} more` : shown;
}
function initialRunFailure(output) {
  if (output.coverageShortfalls.length > 0) {
    return `Stryker's initial test run failed on a coverage threshold, not on a test: ${output.coverageShortfalls.join(" ")} Code instrumented for mutation testing never meets a strict coverage threshold: give Stryker a test command without the coverage check (for example tap --disable-coverage, jest --coverage=false, or c8 / nyc without --check-coverage) in the Stryker config. ` + SAY_MORE;
  }
  const failing = output.failedTests.length === 0 ? "tests fail" : `${listed(output.failedTests, output.failedTestCount)} fail`;
  return `The ${failing} in Stryker's initial test run, without any mutant, so no mutant can be judged. Make them pass on this commit. If they pass outside the gate, they depend on what the run does not give them: the gate passes only an allow-list of environment variables (add one with test-env), and Stryker runs them in a copy of the project. ` + SAY_MORE;
}
function describeStrykerFailure(exit, timeoutMinutes, bundled) {
  const { output } = exit;
  if (exit.timedOut) {
    const { progress } = output;
    const done = progress === void 0 ? "before it tested any mutant" : `after testing ${progress.tested} of ${progress.total} mutant(s)`;
    return `Stryker did not finish within timeout-minutes (${timeoutMinutes ?? "?"}): it was stopped ${done}, with every process it started, so no score can be given. Raise timeout-minutes, or lower the work (concurrency, a faster test suite).`;
  }
  if (exit.signal !== null) {
    return `Stryker was stopped by ${exit.signal} before it finished (out of memory, or cancelled); no score can be given.`;
  }
  const plugin = matchInErrors(output, MISSING_PLUGIN);
  if (plugin !== void 0) {
    const [, kind, name] = plugin;
    if (bundled !== void 0) {
      const carries = bundled === COMMAND_RUNNER ? "no plugin" : `only the plugin @stryker-mutator/${bundled}-runner`;
      return `Stryker cannot find its ${kind} plugin "${name}": the Stryker the gate brought (its ${bundled} set) has ${carries}. Add Stryker and the plugins the project's Stryker config names to its dev dependencies, and the gate runs the project's own. ${SAY_MORE}`;
    }
    return `Stryker cannot find its ${kind} plugin "${name}". Install it in the project (for a test runner: npm install --save-dev @stryker-mutator/${name.toLowerCase()}-runner), and list it under "plugins" in the Stryker config: Stryker finds only plugins installed beside it, which pnpm's layout can hide. ` + SAY_MORE;
  }
  const environment = matchInErrors(output, MISSING_JEST_ENVIRONMENT);
  if (environment !== void 0) {
    const name = environment[1];
    return `Stryker's jest runner loads the test environment ${name} from the project's own node_modules, where it is not: Jest 30 does not put it there, and pnpm never does (StrykerJS issue 5464). Add ${name} to the project's dev dependencies, in the version of its Jest. ${SAY_MORE}`;
  }
  if (firstError(output, FAILED_TESTS2) !== void 0) return initialRunFailure(output);
  const errored = firstError(output, TESTS_ERRORED);
  if (errored !== void 0) {
    const cause = errored.lines.slice(1).find((line) => line.trim() !== "")?.trim();
    return `The test runner failed in Stryker's initial test run, before any mutant${cause === void 0 ? "" : `: ${cause}`}. Check that the project's tests run with the test runner its Stryker config names. ${SAY_MORE}`;
  }
  if (firstError(output, INITIAL_RUN_TIMED_OUT) !== void 0) {
    return `Stryker's initial test run, without any mutant, timed out. Make the test suite finish (a test left waiting, a server not closed), or raise dryRunTimeoutMinutes in the Stryker config. ${SAY_MORE}`;
  }
  if (firstError(output, NO_TESTS) !== void 0) {
    return `Stryker found no tests to run in the working directory, so no mutant can be judged. Check the test runner settings of the project's Stryker config; ${SAY_MORE}`;
  }
  const sandboxFile = matchInErrors(output, SANDBOX_FILE);
  if (sandboxFile !== void 0) {
    return `Stryker could not read ${sandboxFile[2]} (${sandboxFile[1]}) while copying the project into its sandbox: a symbolic link to something missing or outside the project, or a file it may not read. Add the path to ignorePatterns in the Stryker config, or fix the link. ${SAY_MORE}`;
  }
  const first = output.errors[0]?.lines[0];
  return `Stryker exited with code ${exit.exitCode ?? "unknown"}${first === void 0 ? "" : `: ${first.trim()}`}`;
}
function failureDetails(output) {
  const errors = output.errors.flatMap((entry) => [
    `ERROR ${entry.source} ${entry.lines[0] ?? ""}`,
    ...entry.lines.slice(1),
    ...entry.omitted > 0 ? [`\u2026 ${entry.omitted} more line(s)`] : []
  ]);
  if (errors.length === 0) return [...output.tail];
  const after = output.tail.slice(output.tail.length - Math.min(output.tail.length, output.linesAfterErrors));
  return after.length === 0 ? errors : [...errors, "", "\u2026 the end of the output:", ...after];
}

// src/core/stryker/stryker-report.ts
var MUTANT_STATUSES = /* @__PURE__ */ new Set([
  "Killed",
  "Survived",
  "NoCoverage",
  "CompileError",
  "RuntimeError",
  "Timeout",
  "Ignored",
  "Pending"
]);
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isPosition(value) {
  return isRecord(value) && Number.isInteger(value.line) && value.line >= 1 && Number.isInteger(value.column) && value.column >= 1;
}
function isStringArray(value) {
  return value === void 0 || Array.isArray(value) && value.every((item) => typeof item === "string");
}
function mutantProblem(mutant) {
  if (!isRecord(mutant)) return "is not an object";
  if (typeof mutant.id !== "string") return 'has no string "id"';
  if (typeof mutant.mutatorName !== "string") return 'has no string "mutatorName"';
  if (!MUTANT_STATUSES.has(mutant.status)) {
    return `has unknown status ${JSON.stringify(mutant.status)}`;
  }
  if (!isRecord(mutant.location) || !isPosition(mutant.location.start) || !isPosition(mutant.location.end)) {
    return 'has no valid 1-based "location"';
  }
  if (mutant.replacement !== void 0 && typeof mutant.replacement !== "string") return 'has a non-string "replacement"';
  if (!isStringArray(mutant.coveredBy) || !isStringArray(mutant.killedBy)) return 'has invalid "coveredBy" or "killedBy"';
  return void 0;
}
function fileProblem(file) {
  if (!isRecord(file)) return "is not an object";
  if (typeof file.source !== "string") return 'has no string "source"';
  if (typeof file.language !== "string") return 'has no string "language"';
  if (!Array.isArray(file.mutants)) return 'has no "mutants" array';
  for (const [index, mutant] of file.mutants.entries()) {
    const problem2 = mutantProblem(mutant);
    if (problem2 !== void 0) return `mutant #${index} ${problem2}`;
  }
  return void 0;
}
function testFileProblem(testFile) {
  if (!isRecord(testFile) || !Array.isArray(testFile.tests)) return 'has no "tests" array';
  const bad = testFile.tests.findIndex((test) => !isRecord(test) || typeof test.id !== "string" || typeof test.name !== "string");
  return bad === -1 ? void 0 : `test #${bad} has no string "id" and "name"`;
}
function parseMutationReport(json) {
  if (!isRecord(json)) return { ok: false, problem: "the report is not a JSON object" };
  if (typeof json.schemaVersion !== "string") return { ok: false, problem: 'the report has no "schemaVersion"' };
  if (!isRecord(json.files)) return { ok: false, problem: 'the report has no "files" object' };
  for (const [name, file] of Object.entries(json.files)) {
    const problem2 = fileProblem(file);
    if (problem2 !== void 0) return { ok: false, problem: `file ${JSON.stringify(name)} ${problem2}` };
  }
  if (json.testFiles !== void 0) {
    if (!isRecord(json.testFiles)) return { ok: false, problem: 'the report has a "testFiles" that is not an object' };
    for (const [name, testFile] of Object.entries(json.testFiles)) {
      const problem2 = testFileProblem(testFile);
      if (problem2 !== void 0) return { ok: false, problem: `test file ${JSON.stringify(name)} ${problem2}` };
    }
  }
  return { ok: true, report: json };
}

// src/pipeline/stryker-run.ts
async function launchStryker(context, plan) {
  const { ports, config, runFiles } = context;
  const { cli, project, detected } = context.stryker;
  await ports.files.writeText(plan.configPath, renderGeneratedConfig(project.reference, plan.settings, detected?.config));
  const found = detected?.detected;
  const extended = project.source ?? (found === void 0 ? "Stryker's defaults" : `the config for the ${found.runner} runner the gate detected`);
  ports.log.info(`Stryker config: ${plan.configPath} (extends ${extended})`);
  const { timeoutMinutes } = config;
  const request = {
    cli,
    configPath: plan.configPath,
    workingDirectory: context.workingDirectory,
    timeoutMs: timeoutMinutes === void 0 ? void 0 : timeoutMinutes * 6e4,
    sealModulePath: runFiles.sealModulePath,
    reportPath: plan.reportPath ?? runFiles.mutationReportPath,
    runDirectory: runFiles.directory,
    testEnv: config.testEnv,
    isolation: config.isolation
  };
  const outcome = await ports.log.untrustedGroup(
    plan.title,
    (emit) => ports.stryker.run(request, (line) => {
      plan.onLine?.(line);
      emit(line);
    })
  );
  ports.log.info(`Isolation: ${outcome.isolation.level} (${outcome.isolation.detail}).`);
  return outcome;
}
function noConfigSentence({ project, detected }) {
  if (project.source !== void 0) return "";
  const found = detected?.detected;
  if (found?.command !== void 0) {
    return ` No Stryker config was found at the merge base, so Stryker's command runner ran ${found.command} (the test script's node --test command) for every mutant: a Stryker config of the project's own may be what is missing.`;
  }
  const runner = detected?.config.testRunner;
  if (found === void 0 || runner === "command") {
    return " No Stryker config was found at the merge base, so Stryker's defaults ran: its command runner, running the project's test command (npm test) for every mutant.";
  }
  return ` No Stryker config was found at the merge base, so the gate ran the ${String(runner)} test runner it detected (${found.evidence}) with its plugin's defaults: a Stryker config of the project's own may be what is missing.`;
}
var failedRun = (outcome) => outcome.timedOut || outcome.exitCode !== 0;
function failedInInitialRun(outcome) {
  const { output } = outcome;
  const onTests = failedRun(outcome) && !outcome.timedOut && output.failedTests.length > 0 && output.coverageShortfalls.length === 0;
  return onTests ? output.failedTests : void 0;
}
function runFailure(context, outcome, purpose) {
  return new GateError(
    `${purpose}${describeStrykerFailure(outcome, context.config.timeoutMinutes, context.stryker.bundled)}${noConfigSentence(context.stryker)}`,
    failureDetails(outcome.output)
  );
}
function openReport(outcome) {
  const { report } = outcome;
  const { tail } = outcome.output;
  if (report.kind === "forged") {
    throw new GateError(
      `Stryker's report cannot be trusted: ${report.reason}. Code this change runs (its tests, or a process they started) tampered with the measurement, so no score is given, whatever on-error says.`,
      tail,
      { tampering: true }
    );
  }
  if (report.kind === "missing") throw new GateError(`${report.reason}; the output below may say why.`, tail);
  try {
    return JSON.parse(report.text);
  } catch (error2) {
    throw new GateError(`Stryker's report is not valid JSON: ${error2.message}`, tail);
  }
}
function reportOf(outcome) {
  const report = parseMutationReport(openReport(outcome));
  if (!report.ok) {
    throw new GateError(`Stryker's report is not a valid mutation testing report: ${report.problem}.`, outcome.output.tail);
  }
  return report.report;
}
async function runStrykerPastFlakyTests(context, plan) {
  let outcome = await launchStryker(context, plan);
  const failedFirst = failedInInitialRun(outcome) ?? [];
  if (failedFirst.length > 0) {
    context.ports.log.info(
      `${failedFirst.length} test(s) failed in Stryker's initial test run, with no mutant active (named in its output above): running Stryker once more, to tell a failing test from a flaky one.`
    );
    outcome = await launchStryker(context, { ...plan, title: `${plan.title}, again` });
  }
  if (failedRun(outcome)) {
    throw runFailure(
      context,
      outcome,
      failedFirst.length > 0 ? "Stryker ran once more after tests failed in its initial test run, and failed again. " : ""
    );
  }
  return { report: reportOf(outcome), outcome, failedFirst };
}

// src/pipeline/budget.ts
var hasBudget = (config) => config.maxMutants !== void 0 || config.mutantsPerLine !== "all";
function budgetSeed(mergeBase, added, files) {
  const hash = createHash2("sha256").update(mergeBase);
  for (const file of added) {
    if (!files.has(file.path)) continue;
    hash.update(`\0${file.path}`);
    for (const line of file.added) hash.update(`
${line.line}:${line.text}`);
  }
  return hash.digest().readUInt32BE(0);
}
async function chooseWithBudget(context, target, classes, seed) {
  const { config, runFiles, workingDirectory, ports } = context;
  const outcome = await launchStryker(context, {
    title: `Stryker: listing the mutants of ${target.files.length} file(s), testing none`,
    configPath: runFiles.enumerateConfigPath,
    reportPath: runFiles.enumerateReportPath,
    settings: {
      sealModulePath: runFiles.sealModulePath,
      mutate: target.patterns,
      htmlReportPath: runFiles.htmlReportPath,
      concurrency: 1,
      purpose: "enumerate",
      everyTest: false,
      relatedTests: false
    }
  });
  if (failedRun(outcome))
    throw runFailure(context, outcome, "Listing the mutants of the changed lines (a Stryker run that tests none) failed. ");
  const listed2 = keepChangedLineMutants(reportOf(outcome), target.files);
  const candidates = Object.entries(listed2).flatMap(
    ([file, result]) => result.mutants.map((mutant) => {
      const decided = mutantAttribution(classes.attribution.get(file), mutant, classes.gating);
      return { file, mutant, gatedAsAi: decided !== void 0 && isGatedAsAi(decided, classes.gating) };
    })
  );
  const { chosen, budget } = chooseMutants(candidates, { maxMutants: config.maxMutants, perLine: config.mutantsPerLine }, seed);
  ports.log.info(
    `Budget: ${chosen.length} of the ${candidates.length} mutant(s) on the changed lines to test${config.mutantsPerLine === 1 ? `, one per line (${budget.afterPerLine})` : ""}${budget.strata === void 0 ? "" : `, a random sample of max-mutants ${config.maxMutants} in ${budget.strata.length} strata`}.`
  );
  const patterns = chosen.length === 0 ? target.patterns : chosen.map(({ file, mutant }) => {
    const { start, end } = mutant.location;
    return `${mutatePath(file, workingDirectory)}:${start.line}:${start.column - 1}-${end.line}:${end.column - 1}`;
  });
  const keep = new Set(chosen.map(({ file, mutant }) => mutantKey(file, mutant)));
  return { patterns, chosen: { keep, checked: chosen.map(({ mutant }) => chosenMutantKey(mutant)) }, budget };
}

// src/core/diff/base-ref.ts
var ZERO_SHA = /^0+$/;
var BRANCH_NAME = /^(?!-)(?!.*\.\.)[\w./-]+$/;
function firstPushBase(event, where) {
  const { defaultBranch } = event;
  if (defaultBranch !== void 0 && BRANCH_NAME.test(defaultBranch)) {
    return {
      ok: true,
      base: defaultBranch,
      source: `a push that created its branch (${where} is all zeros), so the default branch`
    };
  }
  return {
    ok: false,
    problem: `The ${where} is all zeros: this push created the branch, and the event names no usable default branch to compare with. Set the "base" input (for example base: main).`
  };
}
function resolveBase(baseInput, event) {
  if (baseInput !== void 0) return { ok: true, base: baseInput, source: 'input "base"' };
  if (event.base === void 0) {
    return {
      ok: false,
      problem: `The "${event.name}" event does not say what to compare with. Set the "base" input (for example base: main, or base: \${{ github.event.before }}); without it the gate only knows ${Object.keys(EVENT_BASE_FIELDS).join(", ")} events.`
    };
  }
  const { value } = event.base;
  const where = `${event.name} event field ${event.base.field}`;
  if (value === void 0 || !COMMIT_SHA.test(value)) {
    return { ok: false, problem: `The ${where} is missing or not a commit SHA. Set the "base" input.` };
  }
  if (ZERO_SHA.test(value)) return firstPushBase(event, where);
  return { ok: true, base: value, source: where };
}

// src/pipeline/comparison.ts
async function resolveBaseCommit(git, base, log) {
  const local = await git.resolveCommit(base);
  if (local !== void 0) return local;
  log.info(`Base ${base} is not in the clone; fetching it from origin.`);
  const fetched = await git.fetchCommit(base);
  if (fetched !== void 0) return fetched;
  throw new GateError(
    `The base ${base} is not in the clone and could not be fetched. Check out with full history (actions/checkout with fetch-depth: 0), or set the "base" input to a commit that exists.`
  );
}
async function compare(git, config, event, log, local) {
  const resolution = config.base === void 0 && local?.base !== void 0 ? { ok: true, base: local.base.ref, source: local.base.source } : resolveBase(config.base, event);
  if (!resolution.ok) throw new GateError(resolution.problem);
  const baseCommit = await resolveBaseCommit(git, resolution.base, log);
  const head = local?.uncommitted?.sha ?? await git.resolveCommit("HEAD");
  if (head === void 0) throw new GateError("HEAD does not name a commit: check out the commit to test before this step.");
  let mergeBase = await git.mergeBase(baseCommit, head);
  if (mergeBase === void 0 && await git.isShallow()) {
    log.info(
      "The clone is shallow and lacks the merge base: fetching its full history (fetch-depth: 0 on actions/checkout saves this step)."
    );
    if (await git.unshallow()) mergeBase = await git.mergeBase(baseCommit, head);
  }
  if (mergeBase === void 0) {
    const shallow = await git.isShallow() ? " The clone is shallow and its history could not be fetched:" : "";
    throw new GateError(
      `HEAD and the base ${resolution.base} share no history in this clone.${shallow} use actions/checkout with fetch-depth: 0.`
    );
  }
  return { base: resolution.base, baseSource: resolution.source, mergeBase, head };
}
async function refuseUntrustedCode(git, config, event, comparison, eventCommit) {
  if (event.name !== "pull_request_target" || config.allowUntrustedCode) return;
  const { head, mergeBase, base } = comparison;
  if (mergeBase === head) return;
  if (eventCommit !== void 0 && await git.isAncestor(head, eventCommit)) return;
  throw new GateError(
    `Refusing to run: this is a pull_request_target event and the checked-out HEAD ${head.slice(0, 12)} has commits that are not in the base branch's history (neither in ${base}'s nor in that of the event's commit${eventCommit === void 0 ? "" : ` ${eventCommit.slice(0, 12)}`}), such as the pull request's own. Running them (their tests, their Stryker config) with this event's write token would let anyone who opens a pull request act with it. Use the pull_request event instead; only if every pull request comes from trusted authors, set allow-untrusted-code: true.`
  );
}

// src/pipeline/flaky-check.ts
import { join as join6 } from "node:path";

// src/core/stryker/flaky-tests.ts
function probeModule(runs) {
  return [
    "// Written by mutation-gate for one Stryker run and removed after it: no test imports this file, so its",
    "// mutants run the whole test suite on unmutated code, to find tests that fail on their own.",
    ...Array.from({ length: runs }, () => "true;"),
    ""
  ].join("\n");
}
var unknownTest = (id) => ({ id, name: id, file: void 0, line: void 0 });
function probeResults(probe) {
  switch (probe.kind) {
    case "initial-run-failed":
      return { runs: 1, tests: [...new Set(probe.failedTests)].map((name) => ({ name, file: void 0, failures: 1 })) };
    case "finished":
      return probeMutantResults(probe.report, probe.probeFile);
  }
}
function probeMutantResults(report, probeFile) {
  const tests = indexTests(report);
  const probeMutants = Object.entries(report.files).filter(([name]) => normalizeReportPath(name, report.projectRoot) === probeFile).flatMap(([, file]) => file.mutants);
  const failures = /* @__PURE__ */ new Map();
  let runs = 1;
  for (const mutant of probeMutants) {
    if (mutant.status !== "Killed" && mutant.status !== "Survived") continue;
    runs += 1;
    for (const id of new Set(mutant.killedBy ?? [])) {
      const test = tests.get(id) ?? unknownTest(id);
      const seen = failures.get(id);
      failures.set(id, { test, failures: (seen?.failures ?? 0) + 1 });
    }
  }
  return {
    runs,
    tests: [...failures.values()].map(({ test, failures: count }) => ({ name: test.name, file: test.file, failures: count }))
  };
}
function combineResults(...found) {
  const tests = [];
  for (const test of found.flatMap((each) => each.tests)) {
    const index = tests.findIndex(
      (seen2) => seen2.name === test.name && (seen2.file === test.file || seen2.file === void 0 || test.file === void 0)
    );
    const seen = tests[index];
    if (seen === void 0) tests.push(test);
    else tests[index] = { name: test.name, file: seen.file ?? test.file, failures: seen.failures + test.failures };
  }
  return { runs: found.reduce((sum2, each) => sum2 + each.runs, 0), tests };
}
function flakyMatcher(flaky) {
  return (test) => flaky.some((candidate) => candidate.name === test.name && (candidate.file === void 0 || candidate.file === test.file));
}
function discountFlakyKills(report, flaky) {
  if (flaky.length === 0) return { report, discounted: [] };
  const tests = indexTests(report);
  const isFlaky = flakyMatcher(flaky);
  const discounted = [];
  const files = Object.fromEntries(
    Object.entries(report.files).map(([name, file]) => {
      const mutants = file.mutants.map((mutant) => {
        if (mutant.status !== "Killed") return mutant;
        const killers = (mutant.killedBy ?? []).map((id) => tests.get(id) ?? unknownTest(id));
        const reliable = killers.filter((test) => !isFlaky(test));
        if (reliable.length === killers.length) return mutant;
        if (reliable.length > 0) return { ...mutant, killedBy: reliable.map((test) => test.id) };
        const names = killers.map((test) => test.name);
        discounted.push({
          file: normalizeReportPath(name, report.projectRoot),
          id: mutant.id,
          line: mutant.location.start.line,
          mutatorName: mutant.mutatorName,
          tests: names
        });
        return { ...mutant, status: "Survived", killedBy: [], statusReason: `failed only by flaky tests: ${names.join(", ")}` };
      });
      return [name, { ...file, mutants }];
    })
  );
  return { report: { ...report, files }, discounted };
}
var hasKills = (report) => Object.values(report.files).some((file) => file.mutants.some((mutant) => mutant.status === "Killed"));

// src/pipeline/flaky-check.ts
var PROBE_RUN_TITLE = "Stryker: the test suite with no mutant active";
function probeRunOf(context, outcome, probeFile) {
  if (!failedRun(outcome)) return { kind: "finished", report: reportOf(outcome), probeFile };
  const failedTests = failedInInitialRun(outcome);
  if (failedTests !== void 0) return { kind: "initial-run-failed", failedTests };
  throw runFailure(context, outcome, "The check for flaky tests (a run of the test suite with no mutant active) failed. ");
}
async function probeForFlakyTests(context) {
  const { ports, config, runFiles } = context;
  const probeFile = runFiles.probeModuleName;
  const probePath = join6(context.workingDirectory, probeFile);
  ports.log.info(
    `Checking the tests that killed mutants for flakiness: the whole suite runs ${config.flakyCheck + 1} more time(s) with no mutant active.`
  );
  await ports.files.writeText(probePath, probeModule(config.flakyCheck));
  let outcome;
  try {
    outcome = await launchStryker(context, {
      title: PROBE_RUN_TITLE,
      configPath: runFiles.probeConfigPath,
      reportPath: runFiles.probeReportPath,
      settings: {
        sealModulePath: runFiles.sealModulePath,
        mutate: [probeFile],
        htmlReportPath: runFiles.probeHtmlReportPath,
        concurrency: config.concurrency,
        purpose: "probe",
        // Bail off: every test that fails is named, not only the first.
        everyTest: true,
        // No test imports the probe file: the runner's related-test narrowing would run none.
        relatedTests: false
      }
    });
  } finally {
    await ports.files.remove(probePath);
  }
  const found = probeResults(probeRunOf(context, outcome, probeFile));
  if (found.runs < config.flakyCheck + 1 && !failedRun(outcome)) {
    ports.log.warning(
      `Only ${found.runs} of the ${config.flakyCheck + 1} runs with no mutant active took place: Stryker ran no test against some of the check's mutants (its test runner reports coverage even when told not to collect it).`
    );
  }
  return found;
}
function noProbeNeeded(config, evidence) {
  if (config.flakyCheck === 0) return "off";
  if (!hasKills(evidence.strykerReport)) return "not-needed";
  if (evidence.shard === void 0 && judge(config, evidence).verdict.kind !== "pass") return "fails-anyway";
  return void 0;
}
var SKIPPED_WHY = {
  off: "flaky-check is 0",
  "not-needed": "no mutant was killed, so no test failure decided anything",
  "fails-anyway": "the gate fails counting every kill, and a flaky test can only add kills"
};
async function settleFlakyTests(context, evidence, failedInitialRuns) {
  const { ports, config } = context;
  const skipped = noProbeNeeded(config, evidence);
  if (skipped !== void 0) ports.log.info(`No check for flaky tests: ${SKIPPED_WHY[skipped]}.`);
  if (skipped !== void 0 && failedInitialRuns.length === 0) return { ...evidence, flaky: { kind: skipped } };
  const known = failedInitialRuns.map((failedTests) => probeResults({ kind: "initial-run-failed", failedTests }));
  const { runs, tests } = combineResults(...known, ...skipped === void 0 ? [await probeForFlakyTests(context)] : []);
  const discounted = discountFlakyKills(evidence.strykerReport, tests);
  ports.log.info(
    tests.length === 0 ? `No test failed in ${runs} run(s) with no mutant active.` : (
      // Counted, not named: test names are the change's text, and a log line is read for workflow commands.
      `${tests.length} test(s) failed with no mutant active (named in the summary): their failures do not count as kills; ${discounted.discounted.length} mutant(s) only they had failed on count as survived.`
    )
  );
  return { ...evidence, strykerReport: discounted.report, flaky: { kind: "checked", runs, tests, discounted: discounted.discounted } };
}

// src/core/findings/hidden-source.ts
function findHiddenSources(unmeasured, imports) {
  const byKey = new Map(unmeasured.map((file) => [moduleKey(file.path), file]));
  const found = /* @__PURE__ */ new Map();
  for (const importLine of imports) {
    for (const keys of importedKeys(importLine)) {
      const file = keys.map((key) => byKey.get(key)).find((candidate) => candidate !== void 0);
      if (file === void 0 || found.has(file.path) || file.path === importLine.path) continue;
      found.set(file.path, {
        kind: "hidden-source",
        path: file.path,
        line: void 0,
        change: `holds logic that ${importLine.path}:${importLine.line} imports, but it was not mutated (${file.why}): its changed lines were never measured`
      });
    }
  }
  return [...found.values()];
}

// src/core/findings/stryker-internals.ts
var STRYKER_INTERNALS = [
  { pattern: /__stryker\w*__/i, what: "Stryker's instrumenter global" },
  { pattern: /\bactiveMutant\b/, what: "the active mutant" },
  { pattern: /\bSTRYKER_[A-Z_]+/, what: "a variable Stryker's runners set" },
  { pattern: /\.stryker-tmp\b|\bsandbox\b.*\bstryker\b|\bstryker\b.*\bsandbox\b/i, what: "Stryker's sandbox directory" }
];
function findStrykerInternals(files) {
  const findings = [];
  for (const { path: path2, added } of files) {
    for (const { line, text } of added) {
      const match2 = STRYKER_INTERNALS.find(({ pattern }) => pattern.test(text));
      if (match2 === void 0) continue;
      findings.push({
        kind: "stryker-internals",
        path: path2,
        line,
        change: `reads ${match2.what} (${text.trim().slice(0, 120)}): code that can tell a mutant run from a real one can pass mutants it never tested`
      });
    }
  }
  return findings;
}

// src/core/findings/stryker-package.ts
var STRYKER_SCOPE = "@stryker-mutator/";
var DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "optionalDependencies", "overrides", "resolutions"];
function parseJsonObject(text) {
  if (text === void 0) return {};
  try {
    const parsed = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}
function strykerDependencies(manifest) {
  const pnpm = manifest.pnpm ?? {};
  const sections = [
    ...DEPENDENCY_FIELDS.map((field) => [field, manifest[field]]),
    ["pnpm.overrides", pnpm.overrides]
  ];
  const entries = /* @__PURE__ */ new Set();
  for (const [field, section] of sections) {
    if (typeof section !== "object" || section === null) continue;
    for (const [name, spec] of Object.entries(section)) {
      if (name.includes(STRYKER_SCOPE)) entries.add(`${field} ${name}=${JSON.stringify(spec)}`);
    }
  }
  return entries;
}
function strykerLockEntries(text) {
  const entries = /* @__PURE__ */ new Set();
  const lines = (text ?? "").split(/\r?\n/);
  const indent = (line) => line.length - line.trimStart().length;
  for (const [index, line] of lines.entries()) {
    if (!line.includes(STRYKER_SCOPE)) continue;
    const block = [line.trim()];
    for (let next = index + 1; next < lines.length && indent(lines[next]) > indent(line); next += 1) {
      block.push(lines[next].trim());
    }
    entries.add(block.join("\n"));
  }
  return entries;
}
function differs(before, after) {
  return before.size !== after.size || [...after].some((entry) => !before.has(entry));
}
var LOCKFILE_NAMES = /* @__PURE__ */ new Set(["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml"]);
var fileName = (path2) => path2.slice(path2.lastIndexOf("/") + 1);
function isManifest(path2) {
  return fileName(path2) === "package.json";
}
function isPackageFile(path2) {
  return isManifest(path2) || LOCKFILE_NAMES.has(fileName(path2));
}
function strykerPackageChange(path2, before, after) {
  const manifest = isManifest(path2);
  const read = manifest ? (text) => strykerDependencies(parseJsonObject(text)) : (text) => strykerLockEntries(text);
  if (!differs(read(before), read(after))) return void 0;
  return {
    kind: "stryker-package",
    path: path2,
    line: void 0,
    change: manifest ? "changes which @stryker-mutator package versions are asked for: the Stryker that measures this change would be the one it chose" : "changes which @stryker-mutator packages the lockfile installs: the Stryker that measures this change would be the one it chose"
  };
}

// src/core/findings/test-run-changes.ts
var TEST_RUN_GLOBS = [
  "**/{vitest,vite,jest,karma,ava,playwright,cypress,babel}.config.*",
  "**/{vitest.workspace,jest.setup,jest.preset,setupTests,setup-tests,test-setup,vitest.setup}.*",
  "**/.mocharc*",
  "**/.taprc",
  "**/.babelrc*",
  "**/{tsconfig,jsconfig}*.json",
  "**/{test,tests,__tests__,spec}/**/{setup,helper,helpers,global-setup,globalSetup,bootstrap,fixtures}*",
  "**/{test,tests,__tests__,spec}/**/{setup,helpers,fixtures}/**",
  "**/.c8rc*",
  "**/.nycrc*"
].map((glob) => new Minimatch(glob, { dot: true }));
var PACKAGE_TEST_FIELDS = ["jest", "mocha", "ava", "tap", "c8", "nyc", "type", "imports"];
function testFields(text) {
  let manifest = {};
  try {
    const parsed = JSON.parse(text ?? "{}");
    if (typeof parsed === "object" && parsed !== null) manifest = parsed;
  } catch {
  }
  const fields = /* @__PURE__ */ new Map();
  const scripts = manifest.scripts ?? {};
  for (const [name, script] of Object.entries(typeof scripts === "object" && scripts !== null ? scripts : {})) {
    if (/test/i.test(name)) fields.set(`scripts.${name}`, JSON.stringify(script));
  }
  for (const field of PACKAGE_TEST_FIELDS) {
    if (manifest[field] !== void 0) fields.set(field, JSON.stringify(manifest[field]));
  }
  return fields;
}
function changedTestFields(before, after) {
  const old = testFields(before);
  const now = testFields(after);
  return [.../* @__PURE__ */ new Set([...old.keys(), ...now.keys()])].filter((field) => old.get(field) !== now.get(field)).sort();
}
function isTestRunFile(path2) {
  return TEST_RUN_GLOBS.some((glob) => glob.match(path2));
}
function testRunChanges(paths, manifestFields) {
  const notices = paths.filter(isTestRunFile).map((path2) => ({ path: path2, change: "configures or prepares the test run" }));
  for (const [path2, fields] of manifestFields) {
    if (fields.length > 0) notices.push({ path: path2, change: `changes ${fields.join(", ")}` });
  }
  return notices.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function workflowFinding(workflowPath, changed) {
  if (workflowPath === void 0 || !changed.has(workflowPath)) return void 0;
  return {
    kind: "workflow",
    path: workflowPath,
    line: void 0,
    change: "changes the workflow that runs this gate; under pull_request GitHub runs the pull request's own copy, so its inputs, version and steps are the ones this change chose"
  };
}

// src/pipeline/measurement-changes.ts
async function hiddenSources(context) {
  const sources = context.unmeasured.filter((file) => SOURCE_FILE.test(file.path));
  if (sources.length === 0) return [];
  const imports = await context.importsAtHead();
  const importers = new Set(
    scopeChangedFiles(
      [...new Set(imports.map((line) => line.path))].map((path2) => ({ path: path2, lines: [] })),
      context.scope
    ).selected.map((file) => context.scope.workingDirectory === "" ? file.path : `${context.scope.workingDirectory}/${file.path}`)
  );
  return findHiddenSources(
    sources,
    imports.filter((line) => importers.has(line.path))
  );
}
async function gatherMeasurementChanges(git, context) {
  const { comparison } = context;
  const code = context.added.filter((file) => SOURCE_FILE.test(file.path) || isManifest(file.path));
  const findings = [...findStrykerInternals(code)];
  const manifestFields = /* @__PURE__ */ new Map();
  for (const path2 of context.changedPaths.filter(isPackageFile)) {
    const before = await git.fileAt(comparison.mergeBase, path2);
    const after = await git.fileAt(comparison.head, path2);
    const packageChange = strykerPackageChange(path2, before, after);
    if (packageChange !== void 0) findings.push(packageChange);
    if (isManifest(path2)) manifestFields.set(path2, changedTestFields(before, after));
  }
  const workflow = workflowFinding(context.workflowPath, new Set(context.changedPaths));
  if (workflow !== void 0) findings.push(workflow);
  findings.push(...await hiddenSources(context));
  return { findings, testRunChanges: testRunChanges(context.changedPaths, manifestFields) };
}

// src/core/stryker/files-found.ts
var FILES_FOUND = /Found (\d+) of \d+ file\(s\) to be mutated/;
function filesFoundIn(line) {
  const match2 = FILES_FOUND.exec(line);
  return match2 === null ? void 0 : Number(match2[1]);
}

// src/core/stryker/uncovered-mutants.ts
function survivorsWithoutCoverage(report, coverageAnalysis) {
  const mutants = Object.values(report.files).flatMap((file) => file.mutants);
  const noCoverageData = mutants.every((mutant) => mutant.coveredBy === void 0);
  const detected = mutants.some((mutant) => mutant.status === "Killed" || mutant.status === "Timeout");
  if (coverageAnalysis === void 0 || coverageAnalysis === "off" || !noCoverageData || detected) return report;
  return {
    ...report,
    files: Object.fromEntries(
      Object.entries(report.files).map(([name, file]) => [
        name,
        {
          ...file,
          mutants: file.mutants.map(
            (mutant) => mutant.status === "Survived" ? { ...mutant, status: "NoCoverage", coveredBy: [] } : mutant
          )
        }
      ])
    )
  };
}

// src/pipeline/run-setup.ts
import { dirname as dirname5, join as join7 } from "node:path";
var packageBesideStryker = (cli, name) => join7(dirname5(dirname5(dirname5(dirname5(cli)))), name);
async function versionAt(files, packageDirectory) {
  const text = await files.readText(join7(packageDirectory, "package.json"));
  if (text === void 0) return void 0;
  try {
    const { version } = JSON.parse(text);
    return typeof version === "string" ? version : void 0;
  } catch {
    return void 0;
  }
}
async function runSetup(context, testRun, unreachedByTests) {
  const { files, stryker: strykerPort } = context.ports;
  const { cli, detected, bundled, project } = context.stryker;
  const testRunner = testRun === void 0 ? void 0 : { name: testRun.runner, coverageAnalysis: testRun.coverageAnalysis };
  let runnerPlugin;
  if (testRunner !== void 0 && testRunner.name !== COMMAND_RUNNER) {
    const name = runnerPluginPackage(testRunner.name);
    const version = await versionAt(files, packageBesideStryker(cli, name));
    runnerPlugin = version === void 0 ? void 0 : { name, version };
  }
  const strykerVersion = await versionAt(files, packageBesideStryker(cli, "@stryker-mutator/core"));
  const packageManager = detected?.missingPlugin === void 0 ? void 0 : (await strykerPort.packageManager(context.workingDirectory)).manager;
  return { config: project.source, detected, bundled, packageManager, testRunner, strykerVersion, runnerPlugin, unreachedByTests };
}
async function detectProjectConfig(git, files, commit, prefix2, cli) {
  const present = await git.pathsAt(
    commit,
    RUNNER_CONFIG_FILES.map((name) => `${prefix2}${name}`)
  );
  const configFiles = new Set(RUNNER_CONFIG_FILES.filter((name) => present.has(`${prefix2}${name}`)));
  const detected = detectTestRunner(await git.fileAt(commit, `${prefix2}package.json`), configFiles);
  const plugin = detected === void 0 || detected.runner === "node:test" ? void 0 : runnerPluginPackage(detected.runner);
  const installed = plugin !== void 0 && (cli === void 0 || await versionAt(files, packageBesideStryker(cli, plugin)) !== void 0);
  return detectedConfig(detected, () => installed);
}

// src/pipeline/mutate.ts
function keepChosen(report, keep, tail) {
  if (keep === void 0) return report;
  const found = /* @__PURE__ */ new Set();
  const files = Object.fromEntries(
    Object.entries(report.files).map(([name, file]) => {
      const path2 = normalizeReportPath(name, report.projectRoot);
      const mutants = file.mutants.filter((mutant) => keep.has(mutantKey(path2, mutant)));
      for (const mutant of mutants) found.add(mutantKey(path2, mutant));
      return [name, { ...file, mutants }];
    })
  );
  const missing = [...keep].filter((key) => !found.has(key));
  if (missing.length > 0) {
    throw new GateError(
      `Stryker did not make ${missing.length} of the ${keep.size} mutant(s) the budget chose when it listed them (${missing.slice(0, 3).join("; ")}).`,
      tail
    );
  }
  return { ...report, files };
}
function checkEveryFileFound(found, target, report, tail) {
  if (found === void 0 || found >= target.files.length) return;
  const reported = new Set(Object.keys(report.files).map((name) => normalizeReportPath(name, report.projectRoot)));
  const missing = target.files.filter((file) => !reported.has(file.path)).map((file) => file.path);
  throw new GateError(
    `Stryker found ${found} of the ${target.files.length} changed file(s) it was asked to mutate, so some changed code was never measured (not in its report: ${missing.join(", ")}). Check ignorePatterns in the Stryker config and that the files are in the working directory.`,
    tail
  );
}
async function mutate(context, target) {
  const { ports, config, runFiles, workingDirectory } = context;
  const base = {
    sealModulePath: runFiles.sealModulePath,
    everyTest: config.everyTest,
    relatedTests: target.unreachedByTests.length === 0,
    ...target.chosen === void 0 ? {} : { chosen: target.chosen.checked }
  };
  let found;
  const plan = {
    title: `Stryker: ${target.patterns.length} changed range(s) in ${target.files.length} file(s)`,
    configPath: runFiles.strykerConfigPath,
    settings: {
      ...base,
      mutate: target.patterns,
      htmlReportPath: runFiles.htmlReportPath,
      concurrency: config.concurrency,
      purpose: "measure"
    },
    onLine: (line) => {
      found ??= filesFoundIn(line);
    }
  };
  const ran = await runStrykerPastFlakyTests(context, plan);
  const chosen = keepChosen(ran.report, target.chosen?.keep, ran.outcome.output.tail);
  const first = { ...ran, report: survivorsWithoutCoverage(chosen, ran.outcome.output.testRun?.coverageAnalysis) };
  checkEveryFileFound(found, target, first.report, first.outcome.output.tail);
  const failedInitialRuns = [first.failedFirst];
  let rerun;
  if (needsRecheck(first.report, config.timeouts)) {
    const patterns = recheckPatterns(first.report, config.timeouts, workingDirectory);
    ports.log.info(
      `${patterns.length} mutant(s) timed out or were judged by no test: running them again, one at a time, with ${RECHECK_BUDGET.timeoutMsFactor} times the time budget.`
    );
    const settings = {
      ...base,
      mutate: patterns,
      htmlReportPath: runFiles.recheckHtmlReportPath,
      concurrency: 1,
      purpose: "recheck"
    };
    const again = await runStrykerPastFlakyTests(context, {
      title: "Stryker: those mutants again",
      configPath: runFiles.recheckConfigPath,
      settings
    });
    rerun = again.report;
    failedInitialRuns.push(again.failedFirst);
  }
  const settled = settleRecheck(first.report, config.timeouts, rerun);
  const setup = await runSetup(context, first.outcome.output.testRun, target.unreachedByTests);
  return {
    report: settled.report,
    timeouts: settled.checks,
    unjudged: settled.unjudged,
    failedInitialRuns: failedInitialRuns.filter((names) => names.length > 0),
    isolation: first.outcome.isolation,
    setup
  };
}

// src/pipeline/package-run-files.ts
function packageRunFiles(runFiles, folder) {
  const name = folder.replaceAll("/", "-");
  const renamed = (path2) => path2.replace(/\.html$/, `-${name}.html`);
  return {
    ...runFiles,
    htmlReportPath: renamed(runFiles.htmlReportPath),
    recheckHtmlReportPath: renamed(runFiles.recheckHtmlReportPath),
    probeHtmlReportPath: renamed(runFiles.probeHtmlReportPath)
  };
}

// src/pipeline/reuse.ts
import { basename as basename2, dirname as dirname6, isAbsolute as isAbsolute2, join as join8, relative as relative2, resolve as resolve3 } from "node:path";

// src/core/reuse/reuse-plan.ts
var NO_RERUN = { changed: 0, "tests-changed": 0, new: 0 };
function nothingReused(why, targeted) {
  return {
    state: void 0,
    files: /* @__PURE__ */ new Set(),
    summary: { from: void 0, files: 0, mutants: 0, rerun: { ...NO_RERUN, new: targeted.length }, why }
  };
}
function unusable(question) {
  const { state, comparison } = question;
  if (question.budgeted) return "a budget (max-mutants or mutants-per-line) chooses the mutants on each run";
  if (state === void 0) return "no earlier run of this pull request or its base branch was saved";
  if (typeof state === "string") return `the saved state of the earlier run cannot be used: ${state}`;
  if (state.settings !== question.settings) return "the earlier run measured with other settings";
  if (state.repositoryPrefix !== question.repositoryPrefix) return "the earlier run measured another working directory";
  if (state.mergeBase !== comparison.mergeBase) return `the merge base moved (from ${state.mergeBase})`;
  if (question.changedSince === void 0) return `this clone does not have the earlier run's commit ${state.head}`;
  return void 0;
}
var sameLines = (a, b) => a.length === b.length && a.every((line, at) => line === b[at]);
function planReuse(question) {
  const why = unusable(question);
  if (why !== void 0) return nothingReused(why, question.targeted);
  const state = question.state;
  const { repositoryPrefix: prefix2 } = question;
  const changed = new Set(question.changedSince);
  const notSource = [...changed].filter((path2) => !question.isSource(path2));
  const testFileOf = /* @__PURE__ */ new Map();
  for (const [name, testFile] of Object.entries(state.report.testFiles ?? {})) {
    for (const test of testFile.tests) testFileOf.set(test.id, name);
  }
  const knownTestFiles = new Set([...testFileOf.values()].map((name) => `${prefix2}${name}`));
  const unknownChanged = notSource.filter((path2) => !knownTestFiles.has(path2));
  const holds = (mutant) => {
    if (mutant.status !== "Killed" && mutant.status !== "Timeout") return notSource.length === 0;
    if (unknownChanged.length > 0) return false;
    if (mutant.coveredBy === void 0) return notSource.length === 0;
    const tests = [...mutant.killedBy ?? [], ...mutant.coveredBy];
    if (tests.length === 0) return notSource.length === 0;
    return tests.every((test) => {
      const file = testFileOf.get(test);
      return file === void 0 || file === "" ? notSource.length === 0 : !changed.has(`${prefix2}${file}`);
    });
  };
  const rerun = { ...NO_RERUN };
  const files = /* @__PURE__ */ new Set();
  let mutants = 0;
  for (const file of question.targeted) {
    const earlier = state.report.files[file.path];
    const earlierLines = state.targeted.find((target) => target.path === file.path)?.lines;
    if (earlier === void 0 || earlierLines === void 0 || !sameLines(earlierLines, file.lines)) rerun.new += 1;
    else if (changed.has(`${prefix2}${file.path}`)) rerun.changed += 1;
    else if (!earlier.mutants.every(holds)) rerun["tests-changed"] += 1;
    else {
      files.add(file.path);
      mutants += earlier.mutants.length;
    }
  }
  return {
    state: files.size > 0 ? state : void 0,
    files,
    summary: { from: files.size > 0 ? state.head : void 0, files: files.size, mutants, rerun, why: void 0 }
  };
}
function mergedReuses(reuses) {
  const given = reuses.filter((reuse) => reuse !== void 0);
  if (given.length === 0) return void 0;
  const sum2 = (pick) => given.reduce((total, reuse) => total + pick(reuse), 0);
  return {
    from: given.find((reuse) => reuse.from !== void 0)?.from,
    files: sum2((reuse) => reuse.files),
    mutants: sum2((reuse) => reuse.mutants),
    rerun: {
      changed: sum2((reuse) => reuse.rerun.changed),
      "tests-changed": sum2((reuse) => reuse.rerun["tests-changed"]),
      new: sum2((reuse) => reuse.rerun.new)
    },
    why: given.find((reuse) => reuse.why !== void 0)?.why
  };
}

// src/core/reuse/run-state.ts
var RUN_STATE_VERSION = 1;
function runStateFileName(repositoryPrefix) {
  return `run-state-${encodeURIComponent(repositoryPrefix === "" ? "." : repositoryPrefix.replace(/\/$/, ""))}.json`;
}
function renumbered(report) {
  const testIds = /* @__PURE__ */ new Map();
  const testFiles = Object.fromEntries(
    Object.entries(report.testFiles ?? {}).map(([name, testFile]) => [
      normalizeReportPath(name, report.projectRoot),
      {
        ...testFile,
        tests: testFile.tests.map((test) => {
          const id = `t${testIds.size + 1}`;
          testIds.set(test.id, id);
          return { ...test, id };
        })
      }
    ])
  );
  const mutantIds = /* @__PURE__ */ new Map();
  const files = Object.fromEntries(
    Object.entries(report.files).map(([name, file]) => [
      normalizeReportPath(name, report.projectRoot),
      {
        ...file,
        mutants: file.mutants.map((mutant) => {
          const id = `m${mutantIds.size + 1}`;
          mutantIds.set(mutant.id, id);
          return renamedMutant(mutant, id, (test) => testIds.get(test) ?? test);
        })
      }
    ])
  );
  return { report: { schemaVersion: report.schemaVersion, thresholds: report.thresholds, files, testFiles }, mutantIds };
}
function runStateOf(evidence, settings) {
  const { strykerReport, setup, isolation } = evidence;
  if (strykerReport === void 0 || setup === void 0 || isolation === void 0) return void 0;
  const reported = new Set(Object.keys(strykerReport.files).map((name) => normalizeReportPath(name, strykerReport.projectRoot)));
  const changedLineFiles = Object.entries(keepChangedLineMutants(strykerReport, evidence.targeted)).filter(([path2]) => reported.has(path2));
  const { report, mutantIds } = renumbered({ ...strykerReport, files: Object.fromEntries(changedLineFiles) });
  const idOf = (id) => {
    if (!mutantIds.has(id)) mutantIds.set(id, `m${mutantIds.size + 1}`);
    return mutantIds.get(id);
  };
  return {
    version: RUN_STATE_VERSION,
    settings,
    repositoryPrefix: evidence.repositoryPrefix,
    mergeBase: evidence.comparison.mergeBase,
    head: evidence.comparison.head,
    targeted: evidence.targeted,
    report,
    timeouts: evidence.timeouts.map((timeout) => ({ ...timeout, id: idOf(timeout.id) })),
    unjudged: evidence.unjudged.map((mutant) => ({ ...mutant, id: idOf(mutant.id) })),
    setup,
    isolation,
    flaky: evidence.flaky
  };
}
var isRecord2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var isListOf = (value, fields) => Array.isArray(value) && value.every((item) => isRecord2(item) && fields.every((field) => typeof item[field] === "string"));
var isChangedFiles = (value) => Array.isArray(value) && value.every((file) => isRecord2(file) && typeof file.path === "string" && Array.isArray(file.lines) && file.lines.every(Number.isInteger));
function parseRunState(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return "it is not JSON";
  }
  if (!isRecord2(json) || json.version !== RUN_STATE_VERSION) return `it is not a version ${RUN_STATE_VERSION} state`;
  const strings = ["settings", "repositoryPrefix", "mergeBase", "head"];
  if (!strings.every((field) => typeof json[field] === "string")) return "it does not say which run wrote it";
  if (!isChangedFiles(json.targeted)) return "its changed lines are malformed";
  const report = parseMutationReport(json.report);
  if (!report.ok) return `its Stryker report is invalid: ${report.problem}`;
  if (!isListOf(json.timeouts, ["file", "id", "outcome"]) || !isListOf(json.unjudged, ["file", "id", "outcome"])) {
    return "its timeouts or unjudged mutants are malformed";
  }
  if (!isRecord2(json.setup) || !isRecord2(json.isolation) || json.flaky !== void 0 && !isRecord2(json.flaky)) {
    return "it does not say how the run was set up";
  }
  return { ...json, report: report.report };
}

// src/core/shards/shard-result.ts
var SHARD_RESULT_VERSION = 1;
function measurementSettings(config) {
  const {
    threshold: _threshold,
    aiThreshold: _aiThreshold,
    annotations: _annotations,
    comment: _comment,
    onError: _onError,
    concurrency: _concurrency,
    timeoutMinutes: _timeoutMinutes,
    shard: _shard,
    mergeShards: _mergeShards,
    reuse: _reuse,
    stateDir: _stateDir,
    // The merge job judges approvals; the shards only count the AI-touched lines, whatever the number asked.
    aiApprovals: _aiApprovals,
    aiApprovalsMinLines: _aiApprovalsMinLines,
    aiPatterns,
    ...measuring
  } = config;
  return JSON.stringify({ ...measuring, aiPatterns: aiPatterns.map(({ agent, pattern }) => ({ agent, pattern: pattern.source })) });
}
function shardResultText(result) {
  const { attribution, ...evidence } = result.evidence;
  return JSON.stringify({
    ...result,
    evidence: { ...evidence, attribution: [...attribution].map(([path2, lines]) => [path2, [...lines.values()]]) }
  });
}
var isRecord3 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var isStringArray2 = (value) => Array.isArray(value) && value.every((item) => typeof item === "string");
function attributionOf(value) {
  if (!Array.isArray(value)) return void 0;
  const entries = [];
  for (const entry of value) {
    if (!Array.isArray(entry) || typeof entry[0] !== "string" || !Array.isArray(entry[1])) return void 0;
    const lines = entry[1];
    if (!lines.every((line) => isRecord3(line) && typeof line.line === "number" && typeof line.class === "string")) return void 0;
    entries.push([entry[0], new Map(lines.map((line) => [line.line, line]))]);
  }
  return new Map(entries);
}
function parseShardResult(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return "it is not JSON";
  }
  if (!isRecord3(json) || json.version !== SHARD_RESULT_VERSION) return `it is not a version ${SHARD_RESULT_VERSION} shard result`;
  const { shard, plan, settings, evidence } = json;
  if (!isRecord3(shard) || !Number.isInteger(shard.index) || !Number.isInteger(shard.count)) return "it names no shard";
  if (!Array.isArray(plan) || !plan.every(isStringArray2) || typeof settings !== "string") return "it has no plan or settings";
  if (!isRecord3(evidence) || !isRecord3(evidence.comparison) || !isRecord3(evidence.scope)) return "it holds no evidence";
  const attribution = attributionOf(evidence.attribution);
  if (attribution === void 0) return "its attribution is malformed";
  if (evidence.strykerReport !== void 0) {
    const report = parseMutationReport(evidence.strykerReport);
    if (!report.ok) return `its Stryker report is invalid: ${report.problem}`;
  }
  return {
    version: SHARD_RESULT_VERSION,
    shard: { index: shard.index, count: shard.count },
    plan,
    settings,
    evidence: { ...evidence, attribution }
  };
}
function shardSetProblems(results, settings) {
  const [first] = results;
  if (first === void 0) return ["no shard result was given"];
  const problems = [];
  const differ = (what, pick) => {
    const values = new Set(results.map(pick));
    if (values.size > 1) problems.push(`the shards disagree on ${what}: ${[...values].join(" vs ")}`);
  };
  differ("the merge base", (result) => result.evidence.comparison.mergeBase);
  differ("the head commit", (result) => result.evidence.comparison.head);
  differ("the shard count", (result) => String(result.shard.count));
  differ("the plan", (result) => JSON.stringify(result.plan));
  if (results.some((result) => result.settings !== first.settings)) problems.push("the shards ran with different settings");
  else if (first.settings !== settings) problems.push("the shards ran with other settings than this merge job's inputs");
  const { count } = first.shard;
  const seen = results.map((result) => result.shard.index);
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !seen.includes(index));
  const repeated = [...new Set(seen.filter((index, at) => seen.indexOf(index) !== at))];
  if (missing.length > 0) problems.push(`shard(s) ${missing.join(", ")} of ${count} missing`);
  if (repeated.length > 0) problems.push(`shard(s) ${repeated.join(", ")} given more than once`);
  return problems;
}
var qualify2 = (shard, id) => `${shard.index}#${id}`;
function mergedFlaky(results) {
  const checks = results.map((result) => result.evidence.flaky).filter((check) => check !== void 0);
  const checked = checks.filter((check) => check.kind === "checked");
  if (checked.length === 0) return checks[0];
  return {
    kind: "checked",
    runs: Math.min(...checked.map((check) => check.runs)),
    tests: checked.flatMap((check) => check.tests),
    discounted: checked.flatMap((check) => check.discounted)
  };
}
function mergeShardEvidence(results) {
  const ordered = [...results].sort((a, b) => a.shard.index - b.shard.index);
  const { shard: _shard, ...first } = ordered[0].evidence;
  const each = (pick) => ordered.flatMap((result) => pick(result.evidence, result.shard));
  const mutated = new Set(each((evidence) => evidence.targeted.map((file) => file.path)));
  const reports = ordered.filter((result) => result.evidence.strykerReport !== void 0);
  const firstReport = reports[0]?.evidence.strykerReport;
  const merged = mergedReports(
    reports.map(({ evidence, shard }) => ({
      report: evidence.strykerReport,
      files: new Set(evidence.targeted.map((target) => target.path)),
      qualify: (id) => qualify2(shard, id)
    }))
  );
  return {
    ...first,
    // In the change's order, as one run has them.
    targeted: first.scope.selected.filter((file) => mutated.has(file.path)),
    attribution: new Map(each((evidence) => [...evidence.attribution])),
    strykerReport: firstReport === void 0 ? void 0 : {
      schemaVersion: firstReport.schemaVersion,
      thresholds: firstReport.thresholds,
      ...merged
    },
    findings: withoutDuplicates(each((evidence) => evidence.findings)),
    testRunChanges: withoutDuplicates(each((evidence) => evidence.testRunChanges)),
    timeouts: each((evidence, shard) => evidence.timeouts.map((timeout) => ({ ...timeout, id: qualify2(shard, timeout.id) }))),
    unjudged: each((evidence, shard) => evidence.unjudged.map((mutant) => ({ ...mutant, id: qualify2(shard, mutant.id) }))),
    flaky: mergedFlaky(ordered),
    ...ordered.some((result) => result.evidence.reuse !== void 0) ? { reuse: mergedReuses(ordered.map((result) => result.evidence.reuse)) } : {},
    ...ordered.some((result) => result.evidence.budget !== void 0) ? { budget: mergedBudgets(ordered.map((result) => result.evidence.budget)) } : {},
    // Asked again by the merge job, when something needs approving.
    approval: void 0
  };
}

// src/pipeline/reuse.ts
var STATE_FILE = /^run-state-.*\.json$/;
async function stateFiles(files, directory) {
  const found = await files.filesIn(directory, ".json") ?? [];
  return found.filter((path2) => dirname6(path2) === directory && STATE_FILE.test(basename2(path2)));
}
async function readRunStates(files, run2) {
  const { reuse, stateDir } = run2.config;
  if (!reuse || stateDir === void 0) return void 0;
  const directory = resolve3(run2.workspace, stateDir);
  const inWorkspace = relative2(resolve3(run2.workspace), directory);
  if (!inWorkspace.startsWith("..") && !isAbsolute2(inWorkspace)) {
    throw new GateError(
      `Input "state-dir" (${stateDir}) is inside the workspace, where the pull request's own files are: a file it commits there could pose as the gate's saved results. Leave state-dir empty (a folder under RUNNER_TEMP) or name a folder outside the workspace.`
    );
  }
  const states = /* @__PURE__ */ new Map();
  for (const path2 of await stateFiles(files, directory)) {
    const text = await files.readText(path2);
    if (text !== void 0) states.set(basename2(path2), text);
  }
  return { directory, states };
}
async function reusePlanFor(git, run2, measured) {
  if (run2.earlierStates === void 0) return void 0;
  const { comparison, repositoryPrefix, scope, targeted } = measured;
  const text = run2.earlierStates.states.get(runStateFileName(repositoryPrefix));
  const state = text === void 0 ? void 0 : parseRunState(text);
  let changedSince;
  if (typeof state === "object" && await git.resolveCommit(state.head) !== void 0) {
    changedSince = await git.changedPaths(state.head, comparison.head);
  }
  return planReuse({
    state,
    settings: measurementSettings(run2.config),
    comparison,
    repositoryPrefix,
    changedSince,
    isSource: (path2) => scopeChangedFiles([{ path: path2, lines: [] }], scope).selected.length > 0,
    targeted,
    budgeted: hasBudget(run2.config)
  });
}
async function saveRunStates(files, run2, measured) {
  if (run2.earlierStates === void 0) return;
  const { directory } = run2.earlierStates;
  for (const path2 of await stateFiles(files, directory)) await files.remove(path2);
  const settings = measurementSettings(run2.config);
  for (const evidence of measured) {
    const state = runStateOf(evidence, settings);
    if (state !== void 0) await files.writeText(join8(directory, runStateFileName(state.repositoryPrefix)), JSON.stringify(state));
  }
}

// src/pipeline/shards.ts
import { isAbsolute as isAbsolute3, join as join9 } from "node:path";
async function writeShardResult(run2, ports, evidence) {
  const { index, count, plan } = evidence.shard;
  const result = {
    version: SHARD_RESULT_VERSION,
    shard: { index, count },
    plan,
    settings: measurementSettings(run2.config),
    evidence
  };
  await ports.files.writeText(run2.runFiles.shardResultPath, shardResultText(result));
}
async function shardFiles(run2, ports) {
  const files = [];
  const problems = [];
  for (const given of run2.config.mergeShards) {
    const path2 = isAbsolute3(given) ? given : join9(run2.workspace, given);
    const inside = await ports.files.filesIn(path2, ".json");
    if (inside?.length === 0) problems.push(`${given}: a directory with no .json file`);
    files.push(...inside ?? [path2]);
  }
  return { files, problems };
}
async function gatherShards(run2, ports) {
  const { files, problems } = await shardFiles(run2, ports);
  const results = [];
  for (const file of files) {
    const text = await ports.files.readText(file);
    const parsed = text === void 0 ? "it cannot be read" : parseShardResult(text);
    if (typeof parsed === "string") problems.push(`${file}: ${parsed}`);
    else results.push(parsed);
  }
  problems.push(...problems.length > 0 ? [] : shardSetProblems(results, measurementSettings(run2.config)));
  if (problems.length > 0) {
    throw new GateError(
      `The shard results are not one complete set of this change's shards (${problems.length} problem(s)), so nothing was merged.`,
      problems
    );
  }
  const merged = mergeShardEvidence(results);
  ports.log.info(
    `Merged ${results.length} shard results: ${merged.targeted.length} file(s) mutated, from ${merged.comparison.mergeBase} to ${merged.comparison.head}.`
  );
  const approval = approvalCheck(ports.approvals, run2.event);
  const ignored = Object.values(merged.strykerReport?.files ?? {}).some(
    (file) => file.mutants.some((mutant) => mutant.status === "Ignored")
  );
  if (merged.findings.length > 0 || ignored) await approval.isApproved();
  return { ...merged, approval: approval.answer() };
}

// src/pipeline/stryker-choice.ts
async function projectStrykerCli(stryker, choice, workingDirectory) {
  if (choice === "bundled") return void 0;
  const cli = await stryker.projectCli(workingDirectory);
  if (cli === void 0 && choice === "project") {
    const advice = strykerNotInstalledAdvice(await stryker.packageManager(workingDirectory));
    throw new GateError(`Stryker is not installed in ${workingDirectory}, and the input stryker is project. ${advice}`);
  }
  return cli;
}
function bundledSet(testRunner) {
  const set = bundledSetFor(testRunner);
  if (set !== void 0) return set;
  const plugins = BUNDLED_SETS.filter((name) => name !== COMMAND_RUNNER).join(", ");
  throw new GateError(
    `The project's Stryker config runs the ${testRunner} test runner, and the Stryker the gate brings has the plugins of ${plugins} only: add Stryker and its ${testRunner} plugin to the project's dev dependencies, and the gate runs the project's own.`
  );
}
async function chosenCli(choice, stryker, workingDirectory, progress) {
  return choice.kind === "project" ? choice.cli : stryker.bundledCli(choice.set, workingDirectory, progress);
}

// src/pipeline/trusted-config.ts
import { basename as basename3, dirname as dirname7, join as join10, posix as posix2 } from "node:path";
import { pathToFileURL as pathToFileURL2 } from "node:url";
async function refuseUntrackedConfig(files, repositoryRoot, paths) {
  for (const path2 of paths) {
    if (await files.readText(join10(repositoryRoot, path2)) === void 0) continue;
    throw new GateError(
      `The Stryker config ${path2} is in the working tree, but git tracks it in neither the merge base nor HEAD. The gate reads the project's config from git, never from files the pull request or its install scripts could write: commit it (git add -f when .gitignore excludes it).`
    );
  }
}
async function trustedStrykerConfig(git, files, comparison, lookup, runFiles, isApproved) {
  const prefix2 = lookup.workingDirectoryInRepository === "" ? "" : `${lookup.workingDirectoryInRepository}/`;
  const paths = lookup.explicit === void 0 ? STRYKER_CONFIG_NAMES.map((name) => `${prefix2}${name}`) : [posix2.normalize(`${prefix2}${lookup.explicit.replaceAll("\\", "/")}`)];
  const atBase = await git.pathsAt(comparison.mergeBase, paths);
  const atHead = await git.pathsAt(comparison.head, paths);
  if (lookup.explicit !== void 0 && atBase.size === 0 && atHead.size === 0) {
    throw new GateError(`Input "stryker-config" names ${paths[0]}, which is in neither the merge base nor HEAD.`);
  }
  const choice = chooseTrustedConfig({ paths, atBase, atHead, changed: lookup.changed });
  if (choice.base === void 0 && choice.head === void 0) await refuseUntrackedConfig(files, lookup.repositoryRoot, paths);
  const useHead = choice.findings.length > 0 && await isApproved();
  const path2 = useHead ? choice.head : choice.base;
  const commit = useHead ? comparison.head : comparison.mergeBase;
  if (path2 === void 0) {
    return { reference: void 0, source: void 0, findings: choice.findings, written: void 0, testRunner: void 0 };
  }
  const content = await git.fileAt(commit, path2);
  const isJson = path2.toLowerCase().endsWith(".json");
  const target = isJson ? runFiles.projectConfigPath : join10(lookup.repositoryRoot, dirname7(path2), `.mutation-gate-${comparison.head.slice(0, 12)}.${basename3(path2)}`);
  await files.writeText(target, content);
  return {
    reference: { url: pathToFileURL2(target).href, isJson },
    source: `${path2} at ${commit.slice(0, 12)}`,
    findings: choice.findings,
    written: isJson ? void 0 : target,
    testRunner: configTestRunner(content)
  };
}

// src/pipeline/working-directory.ts
import { isAbsolute as isAbsolute4, relative as relative3, resolve as resolve4, sep as sep2 } from "node:path";
async function resolveWorkingDirectory(files, workspace, workingDirectory) {
  const path2 = resolve4(workspace, workingDirectory);
  const real = await files.realDirectory(path2);
  if (real === void 0) {
    throw new GateError(`Input "working-directory" is ${JSON.stringify(workingDirectory)}, but ${path2} is not a directory.`);
  }
  const inside = relative3(await files.realDirectory(workspace) ?? resolve4(workspace), real);
  if (inside === ".." || inside.startsWith(`..${sep2}`) || isAbsolute4(inside)) {
    throw new GateError(
      `Input "working-directory" is ${JSON.stringify(workingDirectory)}, which resolves to ${real}, outside the workspace ${workspace}.`
    );
  }
  return real;
}

// src/core/diff/workspace-packages.ts
var import_yaml = __toESM(require_dist(), 1);
function workspacePatterns(packageJson, pnpmWorkspace) {
  const strings = (value) => Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
  const read = (text, parseText) => {
    try {
      const value = text === void 0 ? void 0 : parseText(text);
      return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
    } catch {
      return {};
    }
  };
  const { workspaces } = read(packageJson, JSON.parse);
  const fromPackageJson = Array.isArray(workspaces) ? strings(workspaces) : strings(workspaces?.packages);
  const fromPnpm = strings(read(pnpmWorkspace, import_yaml.parse).packages);
  return [...fromPackageJson, ...fromPnpm].map((pattern) => pattern.replace(/^\.\//, "").replace(/\/+$/, ""));
}
function ancestorFolders(path2) {
  const parts = path2.split("/").slice(0, -1);
  return parts.map((_, index) => parts.slice(0, parts.length - index).join("/"));
}
function packageOf(path2, patterns, withManifest) {
  const included = patterns.filter((pattern) => !pattern.startsWith("!"));
  const excluded = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => pattern.slice(1));
  return ancestorFolders(path2).find(
    (folder) => withManifest.has(folder) && included.some((pattern) => minimatch(folder, pattern, { dot: true })) && !excluded.some((pattern) => minimatch(folder, pattern, { dot: true }))
  );
}

// src/pipeline/workspace.ts
var MANIFEST = "/package.json";
async function changedWorkspacePackages(git, mergeBase, head, scope) {
  const patterns = workspacePatterns(await git.fileAt(mergeBase, "package.json"), await git.fileAt(mergeBase, "pnpm-workspace.yaml"));
  if (patterns.length === 0 || scope.selected.length === 0) return void 0;
  const changed = [...scope.selected.map((file) => file.path), ...scope.skipped.map((file) => file.path)];
  const folders = [...new Set(changed.flatMap(ancestorFolders))];
  const manifests = await git.pathsAt(
    head,
    folders.map((folder) => `${folder}${MANIFEST}`)
  );
  const withManifest = new Set([...manifests].map((path2) => path2.slice(0, -MANIFEST.length)));
  const folderOf = (path2) => packageOf(path2, patterns, withManifest);
  const packages = [...new Set(scope.selected.map((file) => folderOf(file.path)))].filter((folder) => folder !== void 0);
  if (packages.length === 0) return void 0;
  const measured = new Set(packages);
  return {
    packages,
    elsewhere: [
      ...scope.selected.filter((file) => !measured.has(folderOf(file.path))).map((file) => ({ path: file.path, reason: "in-no-package" })),
      ...scope.skipped.filter((file) => !measured.has(folderOf(file.path)))
    ]
  };
}

// src/pipeline/gate.ts
function unmeasuredFiles(scope, skipped, untargetable) {
  const prefix2 = scope.workingDirectory === "" ? "" : `${scope.workingDirectory}/`;
  return notMutatedFiles(skipped, untargetable).map((file) => ({
    path: file.reason === "outside-working-directory" ? file.path : `${prefix2}${file.path}`,
    why: `${NOT_MUTATED_REASONS[file.reason]}${file.pattern === void 0 ? "" : ` ${file.pattern}`}`
  }));
}
function filesNoTestImports(imports, workingDirectoryInRepository, files) {
  const prefix2 = workingDirectoryInRepository === "" ? "" : `${workingDirectoryInRepository}/`;
  const unreached = new Set(
    filesNoTestReaches(
      files.map((file) => `${prefix2}${file.path}`),
      imports
    )
  );
  return files.filter((file) => unreached.has(`${prefix2}${file.path}`)).map((file) => file.path);
}
async function workspaceToMeasure(git, run2, comparison, workingDirectoryInRepository, scope) {
  const atRoot = run2.config.workingDirectory === "." && workingDirectoryInRepository === "" && run2.config.strykerConfig === void 0;
  if (!atRoot || (await git.pathsAt(comparison.mergeBase, STRYKER_CONFIG_NAMES)).size > 0) return void 0;
  return changedWorkspacePackages(git, comparison.mergeBase, comparison.head, scope);
}
function inPackage(run2, folder) {
  return { ...run2, config: Object.freeze({ ...run2.config, workingDirectory: folder }) };
}
async function gatherPackages(run2, ports, workspace) {
  const { log } = ports;
  const { packages } = workspace;
  const [only] = packages;
  if (only !== void 0 && packages.length === 1 && workspace.elsewhere.every((file) => file.reason !== "in-no-package")) {
    log.info(`Workspace monorepo: every changed source file is in ${only}; measuring it with its own Stryker setup.`);
    return gatherEvidence(inPackage(run2, only), ports);
  }
  if (run2.config.shard !== void 0) {
    throw new GateError(
      `The change touches source in ${packages.length} workspace packages (${packages.join(", ")}), and shard splits one directory's files: set working-directory to one package per matrix job, or leave shard empty.`
    );
  }
  if (run2.config.maxMutants !== void 0) {
    throw new GateError(
      `The change touches source in ${packages.length} workspace packages (${packages.join(", ")}), and max-mutants draws one sample from one directory's mutants: set working-directory to one package per job, or leave max-mutants empty.`
    );
  }
  log.info(
    `Workspace monorepo: changed source in ${packages.length} package(s) (${packages.join(", ")}); measuring each with its own Stryker setup, one after another.`
  );
  const approval = run2.approval ?? approvalCheck(ports.approvals, run2.event);
  const measured = [];
  for (const [index, folder] of packages.entries()) {
    log.info(`Package ${index + 1} of ${packages.length}: ${folder}.`);
    const packageRun = { ...inPackage(run2, folder), runFiles: packageRunFiles(run2.runFiles, folder), approval };
    const gathered = await gatherEvidence(packageRun, ports).catch((error2) => {
      throw error2 instanceof GateError ? new GateError(`In ${folder}: ${error2.message}`, error2.details, { tampering: error2.tampering }) : error2;
    });
    measured.push(..."packages" in gathered ? gathered.packages : [{ folder, evidence: gathered }]);
  }
  return { packages: measured, elsewhere: workspace.elsewhere };
}
function reuseLogLine(reuse, files) {
  if (reuse.from === void 0) return `Reuse: nothing from an earlier run${reuse.why === void 0 ? "" : ` (${reuse.why})`}.`;
  return `Reuse: ${reuse.mutants} mutant result(s) in ${reuse.files} of the ${files} file(s) to mutate, from the run on ${reuse.from}; measuring ${files - reuse.files} file(s) now.`;
}
function detectionLine({ detected, missingPlugin, config }) {
  const found = detected === void 0 ? "no test runner detected" : `detected ${detected.runner} (${detected.evidence})`;
  const missing = missingPlugin === void 0 ? "" : `; ${missingPlugin} is not installed`;
  return `No Stryker config at the merge base: ${found}${missing}; running with ${JSON.stringify(config)}.`;
}
async function gatherEvidence(run2, ports) {
  const { config, event } = run2;
  const { log } = ports;
  const workingDirectory = await resolveWorkingDirectory(ports.files, run2.workspace, config.workingDirectory);
  const projectCli = await projectStrykerCli(ports.stryker, config.stryker, workingDirectory);
  const topLevel = await ports.git(workingDirectory).topLevel();
  const repositoryRoot = await ports.files.realDirectory(topLevel) ?? topLevel;
  const git = ports.git(repositoryRoot);
  const comparison = await compare(git, config, event, log, run2.local);
  await refuseUntrustedCode(git, config, event, comparison, run2.eventCommit);
  const compared = run2.local?.uncommitted === void 0 ? `HEAD ${comparison.head}` : `the working tree (committed here as ${comparison.head})`;
  log.info(`Comparing ${comparison.mergeBase} (merge base with ${comparison.base}) to ${compared}.`);
  const added = parseAddedLines(
    await git.diff(comparison.mergeBase, comparison.head),
    parseNumstatPaths(await git.diffNumstat(comparison.mergeBase, comparison.head))
  );
  const changed = added.map(({ path: path2, added: lines }) => ({ path: path2, lines: lines.map((line) => line.line) }));
  const changedPaths = await git.changedPaths(comparison.mergeBase, comparison.head);
  const workingDirectoryInRepository = relative4(repositoryRoot, workingDirectory).split(sep3).join("/");
  const fileScope = {
    workingDirectory: workingDirectoryInRepository,
    include: config.include,
    exclude: config.exclude,
    // The merge base's .gitattributes: a line the change adds cannot mark its own code generated.
    generated: await git.generatedPaths(
      changed.map((file) => file.path),
      comparison.mergeBase
    )
  };
  const scope = scopeChangedFiles(changed, fileScope);
  const aiLines = config.aiApprovals === 0 ? void 0 : run2.changeAiLines ?? await changeAiLines(git, changed, comparison, config, event, run2.local?.uncommitted);
  const workspace = await workspaceToMeasure(git, run2, comparison, workingDirectoryInRepository, scope);
  if (workspace !== void 0) return gatherPackages({ ...run2, changeAiLines: aiLines }, ports, workspace);
  const { patterns: everyPattern, untargetable } = toMutatePatterns(scope.selected, workingDirectory);
  const unreachable = new Set(untargetable);
  const mutatable = scope.selected.filter((file) => !unreachable.has(file.path));
  log.info(`${changed.length} changed file(s); ${mutatable.length} to mutate, ${scope.skipped.length + untargetable.length} not mutated.`);
  const shard = config.shard === void 0 ? void 0 : { ...config.shard, plan: planShards(mutatable, config.shard.count) };
  const targeted = shard === void 0 ? mutatable : filesOfShard(mutatable, shard.plan, shard);
  const patterns = shard === void 0 ? everyPattern : toMutatePatterns(targeted, workingDirectory).patterns;
  if (shard !== void 0) {
    log.info(`Shard ${shard.index} of ${shard.count}: ${targeted.length} of the ${mutatable.length} file(s) to mutate.`);
  }
  const repositoryPrefix = workingDirectoryInRepository === "" ? "" : `${workingDirectoryInRepository}/`;
  const reuse = await reusePlanFor(git, run2, { comparison, repositoryPrefix, scope: fileScope, targeted });
  if (reuse !== void 0) log.info(reuseLogLine(reuse.summary, targeted.length));
  const toRun = reuse === void 0 ? targeted : targeted.filter((file) => !reuse.files.has(file.path));
  const runPatterns = toRun.length === targeted.length ? patterns : toMutatePatterns(toRun, workingDirectory).patterns;
  const approval = run2.approval ?? approvalCheck(ports.approvals, event);
  let imports;
  const importsAtHead = () => {
    imports ??= git.relativeImports(comparison.head, workingDirectoryInRepository);
    return imports;
  };
  const measurement = await gatherMeasurementChanges(git, {
    importsAtHead,
    comparison,
    changedPaths,
    added,
    unmeasured: unmeasuredFiles(fileScope, scope.skipped, untargetable),
    scope: fileScope,
    workflowPath: run2.workflowPath
  });
  const projectConfig = await trustedStrykerConfig(
    git,
    ports.files,
    comparison,
    { workingDirectoryInRepository, repositoryRoot, explicit: config.strykerConfig, changed: new Set(changedPaths) },
    run2.runFiles,
    () => approval.isApproved()
  );
  const detect = () => detectProjectConfig(git, ports.files, comparison.mergeBase, repositoryPrefix, projectCli);
  const detected = projectConfig.reference === void 0 ? await detect() : void 0;
  if (detected !== void 0) log.info(detectionLine(detected));
  const findings = [...measurement.findings, ...projectConfig.findings];
  if (findings.length > 0) await approval.isApproved();
  const gathered = await gatherAttributionSources(
    git,
    targeted,
    (path2) => `${repositoryPrefix}${path2}`,
    comparison,
    config,
    event,
    (message) => log.info(message),
    run2.local?.uncommitted
  );
  const attribution = attributeChangedLines(targeted, gathered.sources);
  try {
    let context;
    let measured;
    let budgetChoice;
    if (toRun.length > 0) {
      const choice = projectCli === void 0 ? {
        kind: "bundled",
        set: bundledSet(detected?.config.testRunner ?? projectConfig.testRunner ?? (await detect()).config.testRunner)
      } : { kind: "project", cli: projectCli };
      context = {
        ports,
        config,
        runFiles: run2.runFiles,
        workingDirectory,
        stryker: {
          cli: await chosenCli(choice, ports.stryker, workingDirectory, (line) => log.info(line)),
          bundled: choice.kind === "bundled" ? choice.set : void 0,
          project: projectConfig,
          detected
        }
      };
      const unreachedByTests = filesNoTestImports(await importsAtHead(), workingDirectoryInRepository, toRun);
      log.info(
        unreachedByTests.length === 0 ? "A test imports every changed file: the initial test run keeps the runner\u2019s related-test narrowing (Jest, Vitest)." : `No test imports ${unreachedByTests.join(", ")}: the initial test run is the whole suite.`
      );
      if (hasBudget(config)) {
        const seed = budgetSeed(comparison.mergeBase, added, new Set(toRun.map((file) => `${repositoryPrefix}${file.path}`)));
        budgetChoice = await chooseWithBudget(
          context,
          { patterns: runPatterns, files: toRun },
          { attribution, gating: gatingOf(config) },
          seed
        );
      }
      measured = await mutate(context, {
        patterns: budgetChoice?.patterns ?? runPatterns,
        files: toRun,
        unreachedByTests,
        ...budgetChoice === void 0 ? {} : { chosen: budgetChoice.chosen }
      });
    }
    const results = withReusedResults(measured, reuse);
    const strykerReport = results?.report;
    const hasIgnored = Object.values(strykerReport?.files ?? {}).some((file) => file.mutants.some((mutant) => mutant.status === "Ignored"));
    if (hasIgnored) await approval.isApproved();
    const evidence = {
      comparison,
      changedFiles: changed.length,
      scope,
      untargetable,
      targeted,
      attribution,
      signals: describeSignals(gathered.availability),
      repositoryPrefix,
      strykerReport,
      findings,
      testRunChanges: measurement.testRunChanges,
      approval: approval.answer(),
      // Every file reused: what measured them is the earlier run's.
      isolation: measured?.isolation ?? reuse?.state?.isolation,
      setup: measured?.setup ?? reuse?.state?.setup,
      timeouts: results?.timeouts ?? [],
      unjudged: results?.unjudged ?? [],
      flaky: measured === void 0 ? reuse?.state?.flaky : void 0,
      ...shard === void 0 ? {} : { shard },
      ...reuse === void 0 ? {} : { reuse: reuse.summary },
      ...budgetChoice === void 0 ? {} : { budget: budgetChoice.budget },
      ...aiLines === void 0 ? {} : { changeAiLines: aiLines }
    };
    return measured === void 0 || context === void 0 || strykerReport === void 0 ? evidence : await settleFlakyTests(context, { ...evidence, strykerReport }, measured.failedInitialRuns);
  } finally {
    if (projectConfig.written !== void 0) await ports.files.remove(projectConfig.written);
  }
}
async function approvalsOfChange(run2, ports, gathered) {
  if (run2.config.aiApprovals === 0 || run2.config.shard !== void 0) return void 0;
  const aiLines = "packages" in gathered ? gathered.packages[0]?.evidence.changeAiLines : gathered.changeAiLines;
  if (aiLines === void 0) {
    throw new GateError(
      "ai-approvals is set, but the shard results hold no count of AI-touched lines: set the same ai-approvals on the shard jobs."
    );
  }
  return checkAiApprovals(run2.config, run2.event, aiLines, ports);
}
async function runGate(given, ports) {
  const merging = given.config.mergeShards.length > 0;
  const run2 = merging ? given : { ...given, earlierStates: await readRunStates(ports.files, given) };
  const gathered = merging ? await gatherShards(run2, ports) : await gatherEvidence(run2, ports);
  if (!merging)
    await saveRunStates(ports.files, run2, "packages" in gathered ? gathered.packages.map((entry) => entry.evidence) : [gathered]);
  const judged = "packages" in gathered ? judgeWorkspace(run2.config, gathered) : judge(run2.config, gathered);
  const report = withApprovalCheck(judged, await approvalsOfChange(run2, ports, gathered));
  if (!("packages" in gathered) && gathered.shard !== void 0) await writeShardResult(run2, ports, { ...gathered, shard: gathered.shard });
  if ([report, ...report.packages.map((entry) => entry.report)].some((judged2) => judged2.setup !== void 0)) {
    ports.log.info(`AI-touched: ${report.aiLines} changed line(s), ${report.aiScore.total.mutants} valid mutant(s).`);
  }
  for (const finding of report.findings) {
    ports.log.info(`Finding: ${finding.path}${finding.line === void 0 ? "" : `:${finding.line}`} ${finding.change}`);
  }
  if (report.approval !== void 0) {
    ports.log.info(
      report.approval.state === "approved" ? `Findings approved by ${report.approval.by}.` : `Findings not approved: ${report.approval.reason}.`
    );
  }
  return report;
}

// src/pipeline/gate-decision.ts
var INPUT_WORDS = { settings: "input(s)", problem: (problem2) => problem2 };
function settingsOf(raw, nodeVersion, words = INPUT_WORDS) {
  const nodeProblem = nodeVersionProblem(nodeVersion);
  if (nodeProblem !== void 0) return { stop: errorReport(void 0, nodeProblem) };
  const parsed = parseConfig(raw);
  if (!parsed.ok) {
    const problems = parsed.problems.map(words.problem);
    return { stop: errorReport(void 0, `${problems.length} ${words.settings} are invalid, so nothing was run.`, problems) };
  }
  return { config: parsed.config };
}
async function decide(config, makeRun, ports) {
  try {
    return await runGate(await makeRun(), ports);
  } catch (error2) {
    if (error2 instanceof GateError) return errorReport(config, error2.message, error2.details, error2.tampering);
    const unexpected = error2 instanceof Error ? error2 : new Error(String(error2));
    return errorReport(config, `Unexpected failure: ${unexpected.message}`, unexpected.stack?.split("\n") ?? []);
  }
}

// src/core/render/markdown.ts
var SIGNIFICANT = /[&<>`|\\*_~[\]#@$]/g;
function toEntity(char) {
  return `&#${char.codePointAt(0)};`;
}
function escapeMarkdown(text) {
  return text.replaceAll(/\r\n|\r|\n/g, " ").replaceAll(SIGNIFICANT, toEntity);
}
function inlineCode(text) {
  return `<code>${escapeMarkdown(text)}</code>`;
}
function truncate(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function tableRow(cells) {
  return `| ${cells.join(" | ")} |`;
}
function codeBlock(language, lines) {
  const longestRun = Math.max(0, ...lines.map((line) => Math.max(0, ...[...line.matchAll(/`+/g)].map((run2) => run2[0].length))));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return [`${fence}${language}`, ...lines, fence];
}
function encodeSegment(segment) {
  return encodeURIComponent(segment).replaceAll(/[()'!*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
function encodePath(path2) {
  return path2.split("/").map(encodeSegment).join("/");
}
function link(text, url) {
  return `[${escapeMarkdown(text)}](${url})`;
}

// src/core/render/reuse-lines.ts
function reusesOf(report) {
  const own = report.reuse === void 0 ? [] : [report.reuse];
  return [...own, ...report.packages.flatMap((entry) => entry.report.reuse === void 0 ? [] : [entry.report.reuse])];
}
function reusedCount(report) {
  const reuses = reusesOf(report);
  return reuses.length === 0 ? "" : String(reuses.reduce((sum2, reuse) => sum2 + reuse.mutants, 0));
}
var sum = (reuses, pick) => reuses.reduce((total, reuse) => total + pick(reuse), 0);
function rerunClause(reuses) {
  const parts = [
    [sum(reuses, (reuse) => reuse.rerun.changed), "changed since"],
    [sum(reuses, (reuse) => reuse.rerun["tests-changed"]), "whose tests, or files any test may read, changed"],
    [sum(reuses, (reuse) => reuse.rerun.new), "not measured by that run"]
  ];
  const said = parts.filter(([count]) => count > 0).map(([count, why]) => `${count} ${why}`);
  return said.length === 0 ? "" : ` Measured now: ${said.join(", ")}.`;
}
function reuseLines(report) {
  const reuses = reusesOf(report);
  if (reuses.length === 0) return [];
  const reused = reuses.filter((reuse) => reuse.from !== void 0);
  if (reused.length === 0) {
    const whys = [...new Set(reuses.map((reuse) => reuse.why).filter((why) => why !== void 0))];
    if (whys.length > 0) return ["", `Nothing was reused from an earlier run: ${whys.map(escapeMarkdown).join("; ")}.`];
    return ["", `Nothing was reused from an earlier run: no file and its tests were unchanged since.${rerunClause(reuses)}`];
  }
  const commits = [...new Set(reused.map((reuse) => inlineCode(reuse.from.slice(0, 12))))].join(", ");
  return [
    "",
    `**Reused** ${sum(reused, (reuse) => reuse.mutants)} mutant result(s) in ${sum(reused, (reuse) => reuse.files)} file(s) from the run on ${commits}: those files, and every test file that ran their mutants, are unchanged since.${rerunClause(reuses)}`
  ];
}

// src/core/render/action-outputs.ts
function bundledSets(report) {
  const sets = [report, ...report.packages.map((entry) => entry.report)].map((judged) => judged.setup?.bundled);
  return [...new Set(sets.filter((set) => set !== void 0))].join(",");
}
function approvalOutputs(scored) {
  if (scored === void 0) return { [Outputs.Approvals]: "", [Outputs.ApprovalsRequired]: "" };
  const check = scored.aiApprovals;
  const required = check === void 0 ? 0 : approvalsRequired(check);
  return {
    [Outputs.Approvals]: check === void 0 || required === 0 ? "" : String(check.approvers.length),
    [Outputs.ApprovalsRequired]: String(required)
  };
}
function measuredOutputs(report) {
  const scored = report.kind === "scored" ? report : void 0;
  const total = scored?.score.total;
  const ai = scored?.aiScore;
  const count = (value) => value === void 0 ? "" : String(value);
  return {
    [Outputs.Verdict]: report.verdict.kind,
    [Outputs.Score]: total === void 0 ? "" : formatScore(total),
    [Outputs.Mutants]: count(total?.mutants),
    [Outputs.Killed]: count(total?.killed),
    [Outputs.Survived]: count(total?.survived),
    [Outputs.NoCoverage]: count(total?.noCoverage),
    [Outputs.Timeout]: count(total?.timeout),
    [Outputs.AiDetected]: scored === void 0 ? "" : String(scored.aiDetected),
    [Outputs.AiLines]: count(scored?.aiLines),
    [Outputs.AiMutants]: count(ai?.total.mutants),
    [Outputs.AiScore]: ai === void 0 ? "" : formatScore(ai.total),
    [Outputs.Findings]: count(scored?.findings.length),
    [Outputs.BundledStryker]: scored === void 0 ? "" : bundledSets(scored),
    [Outputs.Reused]: scored === void 0 ? "" : reusedCount(scored),
    ...approvalOutputs(scored)
  };
}
function actionOutputs(report, paths) {
  return {
    ...measuredOutputs(report),
    [Outputs.Report]: paths.report,
    [Outputs.HtmlReport]: paths.htmlReport,
    [Outputs.ShardResult]: paths.shardResult
  };
}

// src/core/render/json-report.ts
var GATE_REPORT_VERSION = 1;
function scoreReport(score) {
  return {
    total: { ...score.total, score: formatScore(score.total) },
    files: score.files.map((file) => ({ ...file, counts: { ...file.counts, score: formatScore(file.counts) } }))
  };
}
function buildGateReport(report) {
  const verdict = { kind: report.verdict.kind, reason: report.verdict.reason };
  if (report.kind === "error") {
    return { version: GATE_REPORT_VERSION, verdict, tampering: report.tampering, details: report.details };
  }
  return {
    version: GATE_REPORT_VERSION,
    verdict,
    findings: report.findings,
    approval: report.approval ?? null,
    testRunChanges: report.testRunChanges,
    isolation: report.isolation ?? null,
    setup: report.setup ?? null,
    timeouts: report.timeouts,
    unjudged: report.unjudged,
    flakyCheck: report.flaky ?? null,
    reuse: report.reuse ?? null,
    budget: report.budget ?? null,
    aiApprovals: report.aiApprovals ?? null,
    config: {
      ...report.config,
      aiPatterns: report.config.aiPatterns.map(({ agent, pattern }) => ({ agent, pattern: pattern.source }))
    },
    comparison: report.comparison,
    changedLines: report.changedLines,
    attribution: [...report.attribution].map(([path2, lines]) => ({ path: path2, lines: [...lines.values()] })),
    signals: report.signals,
    notMutated: report.notMutated,
    score: scoreReport(report.score),
    aiScore: scoreReport(report.aiScore),
    otherScore: scoreReport(report.otherScore),
    mutants: report.mutants,
    testsThatNoticedNothing: report.silentTests,
    tests: report.testTally,
    packages: report.packages.map(({ folder, report: alone }) => {
      return {
        folder,
        outputs: measuredOutputs(alone),
        setup: alone.setup ?? null,
        isolation: alone.isolation ?? null,
        flakyCheck: alone.flaky ?? null,
        reuse: alone.reuse ?? null
      };
    })
  };
}

// src/core/render/hints.ts
var oneLine = (code) => code.replaceAll(/\s+/g, " ").trim();
function boundaryOperator(code) {
  return /(?<![=!<>])(>=|<=|>|<)(?![=<>])/.exec(code)?.[1];
}
function equalityHint(original, replacement) {
  const before = boundaryOperator(original);
  const after = boundaryOperator(replacement);
  if (before !== void 0 && after !== void 0 && before[0] === after[0]) {
    return `A boundary moved (${before} became ${after}) and no test failed: no test uses the boundary value itself. Add a case where both sides are equal.`;
  }
  return "The comparison was turned around and no test failed: no test checks both the matching and the non-matching case.";
}
function conditionalHint(replacement) {
  if (replacement === "true") {
    return "The condition was forced to true and no test failed: no test needs it to be false. Add a case that takes the other path.";
  }
  if (replacement === "false") {
    return "The condition was forced to false and no test failed: no test needs it to be true, so what it guards goes unchecked.";
  }
  return "The condition was replaced and no test failed: no test checks both outcomes of it.";
}
var HINTS = {
  EqualityOperator: ({ original, replacement }) => equalityHint(original, replacement),
  ConditionalExpression: ({ replacement }) => conditionalHint(oneLine(replacement)),
  BlockStatement: () => "The block was emptied and no test failed: nothing checks this block's effect (what it returns or changes).",
  StringLiteral: () => "The string was changed and no test failed: no test checks this text.",
  BooleanLiteral: () => "The boolean was flipped and no test failed: no test depends on its value.",
  ArithmeticOperator: ({ original, replacement }) => `${oneLine(original)} became ${oneLine(replacement)} and no test failed: no test checks the computed value with inputs where the two differ.`,
  LogicalOperator: () => "The logical operator was swapped and no test failed: no test has one operand true and the other false.",
  ArrayDeclaration: () => "The array contents were replaced and no test failed: no test checks what the array holds.",
  ObjectLiteral: () => "The object was emptied and no test failed: no test checks its properties.",
  UnaryOperator: () => "The sign or negation was changed and no test failed: no test checks the value it produces.",
  UpdateOperator: () => "An increment became a decrement (or back) and no test failed: no test checks the count.",
  AssignmentOperator: () => "The compound assignment was changed and no test failed: no test checks the value assigned.",
  MethodExpression: ({ original, replacement }) => `${oneLine(original)} became ${oneLine(replacement)} and no test failed: no test tells the two calls apart.`,
  OptionalChaining: () => "Optional chaining was removed and no test failed: no test passes a null or undefined value here.",
  Regex: () => "The regular expression was changed and no test failed: no test checks what it accepts and rejects.",
  ArrowFunction: () => "The function was replaced by one that returns undefined and no test failed: nothing checks its result."
};
function hintFor(input) {
  if (input.status === "NoCoverage") return "No test runs this code at all: add a test that reaches it.";
  const hint = Object.hasOwn(HINTS, input.mutator) ? HINTS[input.mutator] : void 0;
  return hint === void 0 ? `Stryker's ${input.mutator} mutation changed this code and no test failed: add a test that checks what this line does.` : hint(input);
}

export {
  setSecret,
  getInput,
  setOutput,
  setFailed,
  debug,
  error,
  warning,
  info,
  group,
  Inputs,
  Outputs,
  SOURCE_FILE,
  createRunFiles,
  fileExists,
  setOutputs,
  writeJobSummary,
  gateReportText,
  writeGateReport,
  COMMAND_RUNNER,
  addDevCommand,
  GateError,
  bundledStrykerPlaces,
  needsApprovals,
  approvalShortfall,
  StepFailure,
  httpAnswer,
  quote,
  describeFailure,
  step,
  unexpectedAnswer,
  createClient,
  mutationProgress,
  localGatePorts,
  decodeEvent,
  readGateEvent,
  escapeMarkdown,
  inlineCode,
  truncate,
  tableRow,
  codeBlock,
  encodePath,
  link,
  NOT_MUTATED_REASONS,
  errorReport,
  FINDING_TITLES,
  hintFor,
  formatScore,
  meetsThreshold,
  formatPercent,
  reuseLines,
  packageRunFiles,
  require_dist,
  settingsOf,
  decide,
  actionOutputs,
  buildGateReport
};
//# sourceMappingURL=chunk-CW4CRXJA.js.map
