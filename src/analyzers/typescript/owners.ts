/**
 * Which class (or object literal) a field's heap node belongs to, as a key no other owner shares.
 *
 * Heap nodes are named after their owner (`ts-heap:Store.data`), so two classes of one name in
 * different files (a web client's `Model` and a server's Sequelize `Model`) would otherwise read
 * each other's fields and call each other's stored handlers. A name declared once stays as it is
 * (`Store`); a name declared by several classes or interfaces gets its file (`Model(app/models/base/Model.ts)`).
 * Object literals' owners always carry their file: a variable name or a position repeats across files.
 *
 * Keys avoid `@`, `#` and `~`: those mark instance, key and direct-write nodes below a heap node.
 */
import { ts } from "ts-morph";

type Owner = ts.ClassLikeDeclaration | ts.InterfaceDeclaration;

export class OwnerKeys {
  private readonly declared = new Map<string, number>();

  constructor(private readonly relativePath: (sf: ts.SourceFile) => string) {}

  /** Counts a class or interface declaration of the scanned code (see collectDeclarations). */
  record(node: ts.Node): void {
    if (!isOwner(node) || !node.name) return;
    const name = node.name.text;
    this.declared.set(name, (this.declared.get(name) ?? 0) + 1);
  }

  /** The key of the class or interface a member belongs to: its name, with its file where the name repeats. */
  ofClass(owner: Owner): string | undefined {
    if (!owner.name) return undefined;
    const name = owner.name.text;
    if ((this.declared.get(name) ?? 0) <= 1) return name;
    return `${name}(${this.relativePath(owner.getSourceFile())})`;
  }

  /** The key of an object literal holding the methods' fields: its variable's name or its position, in its file. */
  ofObjectLiteral(holder: ts.ObjectLiteralExpression, name: string | undefined): string {
    const sf = holder.getSourceFile();
    if (name !== undefined) return `${name}(${this.relativePath(sf)})`;
    const { line, character } = sf.getLineAndCharacterOfPosition(holder.getStart(sf));
    return `object(${this.relativePath(sf)}:${line + 1}:${character + 1})`;
  }
}

function isOwner(node: ts.Node): node is Owner {
  return ts.isClassDeclaration(node) || ts.isClassExpression(node) || ts.isInterfaceDeclaration(node);
}

/** The named class or interface a node is declared in. */
export function enclosingOwner(node: ts.Node): Owner | undefined {
  let current: ts.Node | undefined = node.parent;
  while (current && !ts.isSourceFile(current)) {
    if (isOwner(current) && current.name) return current;
    current = current.parent;
  }
  return undefined;
}
