/**
 * The TypeScript program of the application's own source (src/, without tests), for
 * repository tests that read what the code does with the type checker: each source file
 * as a path relative to the repository, beside the checker.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The non-test TypeScript files under src/, as absolute paths. */
export function sourceFiles(): string[] {
  return execFileSync("git", ["ls-files", "src"], { cwd: repositoryRoot, encoding: "utf8" })
    .split("\n")
    .filter((file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file))
    .map((file) => path.join(repositoryRoot, file));
}

/** The program of src/ and its checker; `sources` lists src/'s own files, relative paths. */
export function sourceProgram(): {
  checker: ts.TypeChecker;
  sources: { file: string; source: ts.SourceFile }[];
} {
  const program = ts.createProgram(sourceFiles(), {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const sources = program
    .getSourceFiles()
    .filter((source) => !source.isDeclarationFile)
    .map((source) => ({ file: path.relative(repositoryRoot, source.fileName), source }))
    .filter(({ file }) => file.startsWith("src/"));
  return { checker: program.getTypeChecker(), sources };
}
