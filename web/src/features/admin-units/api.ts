// The unit browser reads units through the kit's unit API (shared with every unit picker).
export { fetchUnits, unitKeys, useProvinces, useUnitDetail, useUnitSearch } from '../../kit/units/api.ts';
