// What each order costs in action points and funds (points, 1 point = $100m).
// Design choices, tuned so a typical quarter allows 3-5 meaningful orders.
import { lookup } from "../lookup";
import { div } from "../math";
import type { GameState, Order, Scenario } from "../types";

export function orderCost(scenario: Scenario, _s: GameState, o: Order): { actionPoints: number; funds: number } {
	const l = lookup(scenario);
	switch (o.type) {
		case "pass":
			return { actionPoints: 0, funds: 0 };
		case "fundProgramme":
		case "proposeProgramme":
		case "acceptProgramme":
			// The first instalment; later ones are paid each turn by the programmes step.
			return { actionPoints: 1, funds: l.programme.get(o.programme)?.costPerTurn ?? 0 };
		case "cancelProgramme":
			return { actionPoints: 1, funds: 0 };
		case "drill":
			return { actionPoints: o.scale >= 3 ? 2 : 1, funds: 3 * o.scale * (o.partner ? 1 : 2) };
		case "deploy":
			return { actionPoints: 1, funds: 2 * o.units };
		case "withdraw":
			return { actionPoints: 1, funds: 0 };
		case "setExportControl":
		case "liftExportControl":
		case "statement":
			return { actionPoints: 1, funds: 0 };
		case "dialogue":
			return { actionPoints: 1, funds: 1 };
		case "stockpile": {
			const price = l.material.get(o.material)?.price ?? 0;
			return { actionPoints: 1, funds: Math.max(1, div(o.amount * price + 99, 100)) };
		}
		case "offtake":
			return { actionPoints: 1, funds: 2 * o.share };
		case "budget":
			return { actionPoints: 1, funds: 0 };
		case "aid":
			return { actionPoints: 1, funds: o.amount };
	}
}
