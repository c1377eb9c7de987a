/**
 * The API contract's two build steps, for `npm run api:lint` and `npm run api:types`:
 *   tsx scripts/api-contract.ts document <file>   writes the OpenAPI document as JSON
 *   tsx scripts/api-contract.ts types             regenerates web/src/api/schema.d.ts
 * The web client's types are generated from the same document the server serves, so a
 * route whose schema changes changes the types the web UI compiles against.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { buildOpenApiDocument, type OpenApiDocument } from "../src/server/openapi-document.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const API_TYPES_FILE = path.join(root, "web/src/api/schema.d.ts");

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));
const HEADER =
  "/**\n" +
  " * Generated from the OpenAPI document by `npm run api:types`; do not edit by hand.\n" +
  " * test/api/openapi-contract.test.ts fails when it differs from what the server serves.\n" +
  " */\n\n";

/** The TypeScript types of the document, as openapi-typescript writes them. */
export async function generateApiTypes(document: OpenApiDocument): Promise<string> {
  const nodes = await openapiTS(JSON.stringify(document), {
    // A file field of a multipart upload is sent as a Blob (a File), not as text.
    transform: (schema) => (schema.format === "binary" ? BLOB : undefined),
  });
  return HEADER + astToString(nodes);
}

async function main(args: string[]): Promise<void> {
  const [command, file] = args;
  const document = await buildOpenApiDocument();
  if (command === "document" && file) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
    console.log(`OpenAPI document written to ${file}`);
  } else if (command === "types") {
    fs.writeFileSync(API_TYPES_FILE, await generateApiTypes(document));
    console.log(`API types written to ${path.relative(root, API_TYPES_FILE)}`);
  } else {
    throw new Error("usage: tsx scripts/api-contract.ts document <file> | types");
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
