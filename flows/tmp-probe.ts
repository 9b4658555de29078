import { compileFlow } from './src/compiler/compile.ts';
import { generateFlow } from './bench/compile.bench.ts';
const doc = generateFlow(5000);
compileFlow(doc);
const t = performance.now();
for (let i = 0; i < 5; i++) compileFlow(doc);
console.log((performance.now() - t) / 5);
