/** A starting sample input from the flow's input schema, so a test run needs no typing for the common case. */
import { getIn, isRecord, str, strList, toJson, type TJson, type TJsonObject } from '../model/json.ts';

function sample(schema: unknown, name: string, depth: number): TJson {
  if (depth > 4) return null;
  const example = getIn(schema, ['examples', '0']) ?? getIn(schema, ['default']);
  if (example !== undefined) return toJson(example);
  const options = strList(getIn(schema, ['enum']));
  if (options[0] !== undefined) return options[0];
  switch (str(getIn(schema, ['type']))) {
    case 'object': return sampleObject(schema, depth + 1);
    case 'array': return [];
    case 'integer': case 'number': return 1;
    case 'boolean': return false;
    default: return name === 'phone' ? '13800000000' : `sample ${name}`;
  }
}

export function sampleObject(schema: unknown, depth = 0): TJsonObject {
  const props = getIn(schema, ['properties']);
  if (!isRecord(props)) return {};
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, sample(v, k, depth)]));
}
