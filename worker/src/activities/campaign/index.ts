/** The `campaign` activity package: the outbound campaign flow (domain case 2). */
import { audiencePage, sendPage } from './send.ts';
import { renderPreviews, simulateActivation, testSend } from './instruction-test.ts';
import { collectReplies, loadCampaign } from './load.ts';

export const campaignActivities = [loadCampaign, renderPreviews, testSend, simulateActivation, audiencePage, sendPage, collectReplies];
