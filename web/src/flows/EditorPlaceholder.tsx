import { useTranslation } from 'react-i18next';
import { Link, matchPath, useLocation } from '../lib/router.tsx';
import { PageHead } from '../shell/Layout.tsx';
import { Empty } from '../ui/states.tsx';

/** Shown at /flows/:key until the flow editor (web/src/editor/EditorPage.tsx) is in the build. */
export default function EditorPlaceholder() {
  const { t } = useTranslation();
  const key = matchPath('/flows/:key', useLocation().pathname)?.key ?? '';
  return (
    <>
      <PageHead title={<><Link to="/flows" className="muted">{t('nav.flows')}</Link> / <span className="mono">{key}</span></>} />
      <Empty icon="flows" title={t('flows.editorComing')} />
    </>
  );
}
