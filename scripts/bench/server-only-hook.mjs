// Module resolve hook for benchmark scripts: `server-only` throws outside a React Server environment
// (Next resolves it to an empty module on the server), so the bench, which calls the server modules
// directly from Node, resolves it to an empty module too.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return nextResolve(specifier, context);
}
