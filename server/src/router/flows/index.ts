import { router } from '../../trpc.ts';
import { check } from './check.ts';
import { get } from './get.ts';
import { getVersion } from './get-version.ts';
import { importDocument } from './import-document.ts';
import { list } from './list.ts';
import { publish } from './publish.ts';
import { saveDraft } from './save-draft.ts';
import { setParams } from './set-params.ts';
import { versions } from './versions.ts';

export const flowsRouter = router({ list, get, saveDraft, publish, versions, getVersion, setParams, check, importDocument });
