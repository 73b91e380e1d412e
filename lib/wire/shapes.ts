// A compact JSON form for large trees of records that repeat the same few shapes (the portfolio timeline's
// thousand lanes of items): each object's keys are written once in a shape table, and the object itself as
// an array of its values. The timeline page hands its data to the browser this way, as one JSON string:
// about a third of the bytes of the plain props, and one native JSON.stringify on the server instead of
// React walking a hundred thousand small objects (issue #18: the 1,000-lane page under 500 ms).
//
// Encoded value: a primitive as itself; an object as [shapeIndex, ...values in the shape's key order]; an
// array as { a: [...encoded items] }. Keys whose value is undefined are left out, as JSON.stringify does.

export type ShapedJson = { shapes: string[][]; root: unknown };

type Encoded = null | boolean | number | string | Encoded[] | { a: Encoded[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Encodes `value` (plain JSON data: objects, arrays, strings, numbers, booleans, null). */
export function toShapedJson(value: unknown): ShapedJson {
  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const encode = (node: unknown): Encoded => {
    if (Array.isArray(node)) return { a: node.map(encode) };
    if (isRecord(node)) {
      if (node instanceof Date) throw new TypeError("toShapedJson: a Date is not JSON data; send its day key or ISO string");
      const keys = Object.keys(node).filter((key) => node[key] !== undefined);
      const signature = keys.join("\u0000");
      let index = shapeIndex.get(signature);
      if (index === undefined) {
        index = shapes.push(keys) - 1;
        shapeIndex.set(signature, index);
      }
      return [index, ...keys.map((key) => encode(node[key]))];
    }
    if (node === undefined) return null;
    return node as Encoded;
  };
  return { shapes, root: encode(value) };
}

/** The inverse of toShapedJson. */
export function fromShapedJson<T>({ shapes, root }: ShapedJson): T {
  const decode = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      const keys = shapes[node[0] as number];
      if (!keys) throw new TypeError(`fromShapedJson: unknown shape ${String(node[0])}`);
      const record: Record<string, unknown> = {};
      keys.forEach((key, position) => (record[key] = decode(node[position + 1])));
      return record;
    }
    if (isRecord(node)) return (node.a as unknown[]).map(decode);
    return node;
  };
  return decode(root) as T;
}
