export { loadScopedCommuneResolver, type ResolvedCommune, type ScopedCommuneResolver } from './commune-in-scope.ts';
export { loadAdminUnits } from './geo.loader.ts';
export {
  countUnits,
  levelOfCode,
  selectCrosswalkInto as findCrosswalkInto,
  selectLatestUnit as findLatestUnit,
  selectUnit as findUnit,
  selectUnitNames as findUnitNames,
  selectUnits as findUnits,
} from './geo.queries.ts';
export { geoRoutes } from './geo.routes.ts';
export { exampleCommune, withUnitsOfToday } from './import-units.ts';
export {
  type CommuneResolver,
  loadCommuneResolver,
  parseUnitName,
  type ResolvedUnit,
  type UnitResolution,
  unitKey,
} from './unit-names.ts';
