// A small dataset in the project's CSV format around one hub: a drug that INCREASES n proteins, for measuring how
// the explorer expands a node with many neighbours (tools/Apatorsen.Benchmarks writes far bigger ones).
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const hubId = 'apatorsen:hub';

export async function writeHubDataset(neighbours) {
  const directory = await mkdtemp(join(tmpdir(), 'explorer-hub-'));
  await mkdir(join(directory, 'nodes'));
  await mkdir(join(directory, 'relationships'));
  const protein = (i) => `UniProtKB:P${String(i).padStart(5, '0')}`;
  const range = Array.from({ length: neighbours }, (_, i) => i + 1);
  const files = {
    'nodes/publications.csv': ['id:ID,:LABEL,name,title,seedReference:int', 'apatorsen:ref-1,Publication,Reference 1,"Synthetic, reference 1",1'],
    'nodes/drugs.csv': ['id:ID,:LABEL,name,drugType', `${hubId},Drug,hub drug,antisense oligonucleotide`],
    'nodes/proteins.csv': ['id:ID,:LABEL,name,symbol', ...range.map((i) => `${protein(i)},Protein,protein ${i},SYM${i}`)],
    'relationships/effects.csv': [
      ':START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type,object_aspect_qualifier,context',
      ...range.map((i) => `${hubId},${protein(i)},INCREASES,infores:apatorsen-kg,apatorsen:ref-1,knowledge_assertion,manual_agent,activity,in vitro`),
    ],
  };
  for (const [name, lines] of Object.entries(files)) await writeFile(join(directory, name), `${lines.join('\n')}\n`);
  return { directory, firstProtein: protein(1) };
}
