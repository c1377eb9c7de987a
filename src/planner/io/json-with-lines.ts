import { PlannerInputError, type PlannerProblem } from "../errors.js";

/** A JSON value as parsed: plain objects, arrays, strings, numbers, booleans, null. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface ParsedJson {
  value: JsonValue;
  /** 1-based line where each value starts, keyed by path such as `vehicleTypes.beb.batteryKwh`. */
  lines: Map<string, number>;
}

/** Joins a path with a key, writing array indices as `[i]`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  return parent === "" ? key : `${parent}.${key}`;
}

/**
 * Parses JSON while remembering the line of every value, so a validation error can name
 * the line of the offending field. Also accepts `//` line comments, which SimBA's example
 * JSON files use.
 */
export function parseJsonWithLines(text: string, fileName: string): ParsedJson {
  const lines = new Map<string, number>();
  let pos = 0;
  let line = 1;

  const fail = (problem: PlannerProblem): never => {
    throw new PlannerInputError(
      { file: fileName, line },
      { en: `invalid JSON: ${problem.en}`, ru: `ошибка в JSON: ${problem.ru}` },
    );
  };

  const skipSpace = (): void => {
    for (;;) {
      const ch = text[pos];
      if (ch === "\n") {
        line++;
        pos++;
      } else if (ch === " " || ch === "\t" || ch === "\r") {
        pos++;
      } else if (ch === "/" && text[pos + 1] === "/") {
        while (pos < text.length && text[pos] !== "\n") pos++;
      } else {
        return;
      }
    }
  };

  const parseString = (): string => {
    pos++; // opening quote
    let out = "";
    for (;;) {
      const ch = text[pos];
      if (ch === undefined || ch === "\n")
        return fail({ en: "unterminated string", ru: "строка не закрыта кавычкой" });
      if (ch === '"') {
        pos++;
        return out;
      }
      if (ch === "\\") {
        const esc = text[pos + 1];
        pos += 2;
        switch (esc) {
          case '"':
          case "\\":
          case "/":
            out += esc;
            break;
          case "b":
            out += "\b";
            break;
          case "f":
            out += "\f";
            break;
          case "n":
            out += "\n";
            break;
          case "r":
            out += "\r";
            break;
          case "t":
            out += "\t";
            break;
          case "u": {
            const hex = text.slice(pos, pos + 4);
            if (!/^[0-9a-fA-F]{4}$/.test(hex))
              fail({ en: "bad \\u escape", ru: "неверная последовательность \\u" });
            out += String.fromCharCode(parseInt(hex, 16));
            pos += 4;
            break;
          }
          default:
            fail({ en: "bad escape", ru: "неверная escape-последовательность" });
        }
        continue;
      }
      out += ch;
      pos++;
    }
  };

  const parseValue = (path: string): JsonValue => {
    skipSpace();
    lines.set(path, line);
    const ch = text[pos];
    if (ch === "{") {
      pos++;
      const obj: { [key: string]: JsonValue } = {};
      skipSpace();
      if (text[pos] === "}") {
        pos++;
        return obj;
      }
      for (;;) {
        skipSpace();
        if (text[pos] !== '"')
          fail({
            en: "expected a property name in double quotes",
            ru: "ожидалось имя свойства в двойных кавычках",
          });
        const key = parseString();
        skipSpace();
        if (text[pos] !== ":")
          fail({ en: `expected ':' after "${key}"`, ru: `после "${key}" ожидалось ':'` });
        pos++;
        obj[key] = parseValue(childPath(path, key));
        skipSpace();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "}") {
          pos++;
          return obj;
        }
        return fail({ en: "expected ',' or '}'", ru: "ожидалось ',' или '}'" });
      }
    }
    if (ch === "[") {
      pos++;
      const arr: JsonValue[] = [];
      skipSpace();
      if (text[pos] === "]") {
        pos++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue(childPath(path, arr.length)));
        skipSpace();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "]") {
          pos++;
          return arr;
        }
        return fail({ en: "expected ',' or ']'", ru: "ожидалось ',' или ']'" });
      }
    }
    if (ch === '"') return parseString();
    const rest = text.slice(pos, pos + 5);
    if (rest.startsWith("true")) {
      pos += 4;
      return true;
    }
    if (rest.startsWith("false")) {
      pos += 5;
      return false;
    }
    if (rest.startsWith("null")) {
      pos += 4;
      return null;
    }
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos, pos + 64));
    if (m === null)
      return fail({
        en: `unexpected character '${ch ?? "end of file"}'`,
        ru: ch === undefined ? "неожиданный конец файла" : `неожиданный символ '${ch}'`,
      });
    pos += m[0].length;
    return Number(m[0]);
  };

  const value = parseValue("");
  skipSpace();
  if (pos < text.length)
    fail({
      en: "unexpected text after the JSON value",
      ru: "лишний текст после значения JSON",
    });
  return { value, lines };
}

/** True for a JSON object (not array, not null). */
export function isJsonObject(value: unknown): value is { [key: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
