// A TypeDoc plugin for csto's zod-inferred types. Docs build only (typedoc.json loads it).
//
// Why: the record types (`State`, `Chairmanship`, …) are `z.infer<typeof …Schema>`. TypeScript
// keeps no alias name for them, so TypeDoc printed every use in full: `chairOf` returned a
// 12-field object literal, `tableSchemas` ran to 1 MB of HTML, and each zod schema listed all 249 ISO codes
// as "undocumented properties" (about 4,000 warnings). This plugin changes only how types are
// shown, never what is documented:
//
// 1. Wherever a type is structurally the same as an exported type alias (a record type, a code
//    union such as `ParticipantCode`), it is shown as a link to that alias.
// 2. The type of a zod schema is shown by its outer name only (`ZodReadonly<…>`): its type
//    arguments repeat the record type, which has its own page.
// 3. `Readonly<{ … }>` (every record is deep-readonly) is shown as the object type with each
//    field marked readonly, so that TypeDoc lists the fields with their doc comments.
// 4. `Alpha2Code` and `Alpha3Code` from src/generated/codes.ts (the build's copy) link to the
//    identical aliases that csto/schema exports.
//
// It also titles each guide in docs/ by its first heading ("The data model") instead of its
// file name ("data-model") in the navigation, and puts the record types that csto/schema
// re-exports from csto under a heading of their own, "Types from csto" (described in the module's
// comment), instead of TypeDoc's "References", listed as unexplained "R" items in the menu.
// And it reads the README's version-pinned CDN addresses of the package's own files
// (scripts/package-links.mjs) as the relative paths they stand for, so that the site links its
// own guide pages and copies the pictures instead of linking to the CDN.
import { readFileSync } from "node:fs";
import {
  Comment,
  CommentTag,
  Converter,
  IntrinsicType,
  MinimalSourceFile,
  ReferenceReflection,
  ReferenceType,
  ReflectionFlag,
  ReflectionKind,
  PageEvent,
} from "typedoc";
import { unpin } from "./package-links.mjs";

/** The group of the types re-exported from csto; src/schema.ts describes it with `@groupDescription`. */
const RECORD_TYPES = "Types from csto";

/** A text that is equal for two types exactly when they have the same structure. */
function keyOf(type, memo) {
  if (memo.has(type)) return memo.get(type);
  let key;
  switch (type.type) {
    case "intrinsic":
      key = type.name;
      break;
    case "literal":
      key = typeof type.value === "bigint" ? `${type.value}n` : JSON.stringify(type.value);
      break;
    case "union":
    case "intersection":
      key = `${type.type}(${type.types
        .map((t) => keyOf(t, memo))
        .sort()
        .join("|")})`;
      break;
    case "array":
      key = `${keyOf(type.elementType, memo)}[]`;
      break;
    case "typeOperator":
      key = `${type.operator} ${keyOf(type.target, memo)}`;
      break;
    case "reference":
      key = `${type.package ?? ""}:${type.qualifiedName}<${(type.typeArguments ?? []).map((t) => keyOf(t, memo)).join(",")}>`;
      break;
    case "reflection": {
      const fields = (type.declaration.children ?? []).map(
        (child) => `${child.name}${child.flags.isOptional ? "?" : ""}:${child.type ? keyOf(child.type, memo) : "?"}`,
      );
      key = `{${fields.sort().join(";")}}`;
      break;
    }
    default:
      key = `${type.type}:${type.toString()}`;
  }
  memo.set(type, key);
  return key;
}

/** Only shapes worth a link: never `string` (the alias `Day`) or a single literal. */
const linkable = (type) =>
  type.type === "union" ||
  type.type === "reflection" ||
  (type.type === "reference" && type.name === "Readonly" && type.typeArguments?.length === 1);

/** Every object-literal declaration inside a type, to unregister when the type is replaced. */
function declarationsIn(type, found = []) {
  type.visit?.({
    reflection: (t) => {
      found.push(t.declaration);
    },
    union: (t) => {
      for (const u of t.types) declarationsIn(u, found);
    },
    intersection: (t) => {
      for (const u of t.types) declarationsIn(u, found);
    },
    array: (t) => declarationsIn(t.elementType, found),
    typeOperator: (t) => declarationsIn(t.target, found),
    reference: (t) => {
      for (const u of t.typeArguments ?? []) declarationsIn(u, found);
    },
    tuple: (t) => {
      for (const u of t.elements) declarationsIn(u, found);
    },
    optional: (t) => declarationsIn(t.elementType, found),
  });
  return found;
}

/** The explorer page (scripts/explorer.ts writes it into the site's root after TypeDoc). */
const EXPLORER = "explorer.html";

/**
 * TypeDoc writes the header's and the sidebar's links (typedoc.json navigationLinks,
 * sidebarLinks) as they are given; the explorer's is relative to the site's root, so on a
 * page in a folder (functions/, documents/) it is made relative to that page: the site may
 * live under any base path.
 */
function relativeExplorerLinks(page) {
  const depth = page.url.split("/").length - 1;
  if (depth === 0 || page.contents === undefined) return;
  page.contents = page.contents.replaceAll(`href="${EXPLORER}"`, `href="${"../".repeat(depth)}${EXPLORER}"`);
}

export function load(app) {
  app.renderer.on(PageEvent.END, relativeExplorerLinks);
  const { name } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  const parseRawComment = app.converter.parseRawComment.bind(app.converter);
  app.converter.parseRawComment = (file, files) =>
    parseRawComment(new MinimalSourceFile(unpin(file.text, name), file.fileName), files);

  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const first = document.content[0];
    const heading = first?.kind === "text" ? /^# (.+)\n/.exec(first.text) : null;
    if (heading) document.name = heading[1].trim();
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of Object.values(context.project.reflections)) {
      if (!(reflection instanceof ReferenceReflection)) continue;
      reflection.comment ??= new Comment();
      reflection.comment.blockTags.push(new CommentTag("@group", [{ kind: "text", text: RECORD_TYPES }]));
    }
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const memo = new WeakMap();
    const aliases = project.getReflectionsByKind(ReflectionKind.TypeAlias);
    const aliasByKey = new Map();
    const aliasByName = new Map();
    for (const alias of aliases) {
      aliasByName.set(alias.name, alias);
      if (alias.type && linkable(alias.type)) aliasByKey.set(keyOf(alias.type, memo), alias);
    }
    const dropped = [];

    const replaceWith = (type, target) => {
      dropped.push(...declarationsIn(type));
      return ReferenceType.createResolvedReference(target.name, target, project);
    };

    function rewrite(type, self) {
      if (linkable(type)) {
        const alias = aliasByKey.get(keyOf(type, memo));
        if (alias !== undefined && alias !== self) return replaceWith(type, alias);
      }
      switch (type.type) {
        case "reflection":
          visit(type.declaration);
          return type;
        case "union":
        case "intersection":
          type.types = type.types.map((t) => rewrite(t));
          return type;
        case "array":
        case "optional":
        case "rest":
          type.elementType = rewrite(type.elementType);
          return type;
        case "typeOperator":
          type.target = rewrite(type.target);
          return type;
        case "tuple":
          type.elements = type.elements.map((t) => rewrite(t));
          return type;
        case "reference": {
          if (type.package === "zod" && type.typeArguments?.length) {
            dropped.push(...declarationsIn(type));
            type.typeArguments = [new IntrinsicType("…")];
            return type;
          }
          const generated = type.symbolId?.fileName?.endsWith("src/generated/codes.ts");
          if (generated && type.reflection === undefined && aliasByName.has(type.name)) {
            return replaceWith(type, aliasByName.get(type.name));
          }
          if (
            type.name === "Readonly" &&
            type.package === "typescript" &&
            type.typeArguments?.[0]?.type === "reflection"
          ) {
            const inner = type.typeArguments[0];
            for (const field of inner.declaration.children ?? []) field.setFlag(ReflectionFlag.Readonly, true);
            return rewrite(inner);
          }
          if (type.typeArguments) type.typeArguments = type.typeArguments.map((t) => rewrite(t));
          return type;
        }
        default:
          return type;
      }
    }

    function visit(reflection) {
      const self = reflection.kindOf(ReflectionKind.TypeAlias) ? reflection : undefined;
      if (reflection.type) reflection.type = rewrite(reflection.type, self);
      for (const child of reflection.children ?? []) visit(child);
      for (const signature of reflection.signatures ?? []) visit(signature);
      for (const signature of reflection.indexSignatures ?? []) visit(signature);
      if (reflection.getSignature) visit(reflection.getSignature);
      if (reflection.setSignature) visit(reflection.setSignature);
      for (const parameter of reflection.parameters ?? []) visit(parameter);
    }

    visit(project);
    for (const declaration of dropped) {
      if (project.getReflectionById(declaration.id)) project.removeReflection(declaration);
    }
  });
}
