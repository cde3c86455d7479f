import { ts } from "ts-morph";

/** JSDoc tags the analyzer understands: `@label`, `@sink`, `@sanitizer`. */
export type AnnotationTag = "label" | "sink" | "sanitizer";

/** Whether a file's text may hold one of those tags (only such files need their JSDoc parsed). */
export function mayHoldAnnotations(text: string): boolean {
  return /@(label|sink|sanitizer)\b/.test(text);
}

/**
 * The values of a JSDoc tag on a declaration: `/** @label religion *\/`. For a `const f = () => …`
 * the JSDoc sits on the variable statement, so the arrow function's tags are read there too.
 */
export function annotationValues(node: ts.Node, tag: AnnotationTag): string[] {
  const values: string[] = [];
  for (const holder of jsDocHolders(node)) {
    for (const t of ts.getJSDocTags(holder)) {
      if (t.tagName.text !== tag) continue;
      values.push(...words(commentText(t.comment)));
    }
  }
  return [...new Set(values)];
}

/** `@param email @label email` on a function: the labels of parameter `name`. */
export function paramLabelsFromFunction(fn: ts.Node, paramName: string): string[] {
  const values: string[] = [];
  for (const holder of jsDocHolders(fn)) {
    for (const t of ts.getJSDocTags(holder)) {
      if (!ts.isJSDocParameterTag(t)) continue;
      const name = ts.isIdentifier(t.name) ? t.name.text : t.name.right.text;
      if (name !== paramName) continue;
      const text = commentText(t.comment);
      const match = /@label\s+([\w.,\s-]+)/.exec(text);
      if (match) values.push(...words(match[1]));
    }
    // `@param email @label email`: TypeScript may parse the inner `@label` as a tag of its own
    // following the @param tag; pair them by order.
    const tags = ts.getJSDocTags(holder);
    tags.forEach((t, i) => {
      if (t.tagName.text !== "label" || i === 0) return;
      const previous = tags[i - 1];
      if (ts.isJSDocParameterTag(previous) && ts.isIdentifier(previous.name) && previous.name.text === paramName && !commentText(previous.comment).trim()) {
        values.push(...words(commentText(t.comment)));
      }
    });
  }
  return [...new Set(values)];
}

function jsDocHolders(node: ts.Node): ts.Node[] {
  const holders: ts.Node[] = [node];
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(node.parent)) {
    holders.push(node.parent, node.parent.parent.parent);
  }
  if (ts.isVariableDeclaration(node) && ts.isVariableDeclarationList(node.parent)) holders.push(node.parent.parent);
  return holders;
}

function commentText(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  if (comment === undefined) return "";
  if (typeof comment === "string") return comment;
  return comment.map((part) => part.text).join("");
}

/** `religion`, `email,phone`: the first word of the tag's text; what follows is a description. */
function words(text: string): string[] {
  return (text.trim().split(/\s+/)[0] ?? "")
    .split(",")
    .map((w) => w.trim())
    .filter((w) => /^[A-Za-z_][\w.-]*$/.test(w));
}
