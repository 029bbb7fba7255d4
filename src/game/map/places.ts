// Rough names for where an off-map place lies, for edge labels such as "Lynas NdPr (Australia) ↓".
// Boxes are coarse on purpose: they name a direction, not a border. Pure.
import { bearingArrow } from "./edge";
import type { PlacedProducer } from "./model";

const PLACES: { name: string; west: number; east: number; south: number; north: number }[] = [
	{ name: "California", west: -124.5, east: -114, south: 32.5, north: 42 },
	{ name: "United States", west: -125, east: -66, south: 24, north: 49.5 },
	{ name: "Alaska", west: -170, east: -130, south: 51, north: 72 },
	{ name: "Canada", west: -141, east: -52, south: 41.5, north: 84 },
	{ name: "Australia", west: 112, east: 154, south: -44, north: -10 },
	{ name: "Malaysia", west: 99.6, east: 104.6, south: 1.2, north: 6.8 },
	{ name: "Indonesia", west: 95, east: 141, south: -11, north: 5 },
	{ name: "Myanmar", west: 92, east: 101.2, south: 9.5, north: 28.5 },
	{ name: "India", west: 68, east: 97.5, south: 6, north: 35.5 },
	{ name: "Kazakhstan", west: 46, east: 87.5, south: 40.5, north: 55.5 },
	{ name: "Russia", west: 27, east: 180, south: 41, north: 82 },
	{ name: "Europe", west: -10, east: 40, south: 35, north: 71 },
	{ name: "Africa", west: -18, east: 52, south: -35, north: 37 },
	{ name: "Brazil", west: -74, east: -34, south: -34, north: 5.5 },
	{ name: "South America", west: -82, east: -34, south: -56, north: 13 },
];

/** The first coarse place containing lon/lat, or null. */
export function offMapPlace(lon: number, lat: number): string | null {
	const l = ((((lon + 180) % 360) + 360) % 360) - 180;
	for (const p of PLACES) if (l >= p.west && l <= p.east && lat >= p.south && lat <= p.north) return p.name;
	return null;
}

/** A producer's short name: up to the first parenthesis or comma ("Lynas NdPr"). */
export function shortName(name: string): string {
	const cut = name.search(/\s[(,]/);
	return (cut > 0 ? name.slice(0, cut) : name).trim();
}

/** The label of a producer: its short name, and for one off the map where it is and which way. */
export function producerLabel(p: PlacedProducer): string {
	const name = shortName(p.producer.name);
	if (!p.edge) return name;
	const place = offMapPlace(p.producer.lon, p.producer.lat);
	const where = place && !name.includes(place) ? ` (${place})` : "";
	return `${name}${where} ${bearingArrow(p.edge.bearing)}`;
}
