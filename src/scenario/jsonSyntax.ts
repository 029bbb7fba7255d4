// Finds where and why JSON text is invalid. JSON.parse says so differently in each engine (and
// Node 22 gives no position at all), so after it fails we re-scan the text to point at the spot.

export interface JsonSyntaxError {
	offset: number;
	problem: string;
}

class Fail {
	constructor(
		readonly offset: number,
		readonly problem: string,
	) {}
}

/** Nesting this deep is refused later anyway; stopping here keeps the recursion shallow. */
const MAX_SCAN_DEPTH = 2000;

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
	let pos = 0;

	const describe = (): string => {
		if (pos >= text.length) return "the end of the text";
		const c = text[pos];
		return c.charCodeAt(0) < 0x20 ? `a control character (code ${c.charCodeAt(0)})` : JSON.stringify(c);
	};
	const fail = (expected: string): never => {
		throw new Fail(pos, `expected ${expected}, found ${describe()}`);
	};
	const ws = () => {
		while (pos < text.length && " \t\n\r".includes(text[pos])) pos++;
	};
	const literal = (word: string) => {
		for (const ch of word) {
			if (text[pos] !== ch) fail(`"${word}"`);
			pos++;
		}
	};
	const digits = (what: string) => {
		if (!/[0-9]/.test(text[pos] ?? "")) fail(what);
		while (/[0-9]/.test(text[pos] ?? "")) pos++;
	};
	const number = () => {
		if (text[pos] === "-") pos++;
		if (text[pos] === "0") pos++;
		else digits("a digit");
		if (text[pos] === ".") {
			pos++;
			digits("a digit after the decimal point");
		}
		if (text[pos] === "e" || text[pos] === "E") {
			pos++;
			if (text[pos] === "+" || text[pos] === "-") pos++;
			digits("a digit in the exponent");
		}
	};
	const string = () => {
		pos++; // opening quote
		for (;;) {
			if (pos >= text.length) fail('a closing "');
			const c = text.charCodeAt(pos);
			if (c === 0x22) {
				pos++;
				return;
			}
			if (c < 0x20) fail('a closing " before the end of the line (or an escape such as \\n)');
			if (c === 0x5c) {
				pos++;
				const e = text[pos];
				if (e === "u") {
					for (let i = 1; i <= 4; i++) {
						if (!/[0-9a-fA-F]/.test(text[pos + i] ?? "")) {
							pos += i;
							fail("four hex digits after \\u");
						}
					}
					pos += 5;
				} else if (e !== undefined && '"\\/bfnrt'.includes(e)) pos++;
				else fail('an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u');
			} else pos++;
		}
	};
	const value = (depth: number): void => {
		if (depth > MAX_SCAN_DEPTH) throw new Fail(pos, `expected at most ${MAX_SCAN_DEPTH} levels of nesting, found more`);
		ws();
		const c = text[pos];
		if (c === "{") {
			pos++;
			ws();
			if (text[pos] === "}") {
				pos++;
				return;
			}
			for (;;) {
				ws();
				if (text[pos] !== '"') fail("a property name in double quotes");
				string();
				ws();
				if (text[pos] !== ":") fail("':' after the property name");
				pos++;
				value(depth + 1);
				ws();
				if (text[pos] === ",") pos++;
				else if (text[pos] === "}") {
					pos++;
					return;
				} else fail("',' or '}' after a property value");
			}
		}
		if (c === "[") {
			pos++;
			ws();
			if (text[pos] === "]") {
				pos++;
				return;
			}
			for (;;) {
				value(depth + 1);
				ws();
				if (text[pos] === ",") pos++;
				else if (text[pos] === "]") {
					pos++;
					return;
				} else fail("',' or ']' after an array item");
			}
		}
		if (c === '"') string();
		else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) number();
		else if (c === "t") literal("true");
		else if (c === "f") literal("false");
		else if (c === "n") literal("null");
		else fail("a value (an object, array, string, number, true, false or null)");
	};

	try {
		value(0);
		ws();
		if (pos < text.length) fail("the end of the text after the JSON value");
		return undefined;
	} catch (e) {
		if (e instanceof Fail) return { offset: e.offset, problem: e.problem };
		return undefined; // a stack overflow: let JSON.parse's own message stand
	}
}
