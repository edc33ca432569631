// One request from start to finish: one line of guidance (more on request), then the email stages
// (request/EmailRequest) or the guided steps for a phone or web route.
// Loaded lazily: the action list does not need any of this to appear.

import { ScreenTop } from '../ScreenTop';
import { findKind } from '../../../domain/compose';
import { GuidedSteps } from './GuidedSteps';
import { EmailRequest } from './EmailRequest';
import { useRequestStyles } from './useRequestStyles';
import type { RequestScreenProps } from './requestScreenProps';
import { RequestGuidance } from './Guidance';

export default function RequestScreen(props: RequestScreenProps) {
  const styles = useRequestStyles();
  const kind = findKind(props.kindId);
  if (!kind) return null;
  return (
    <div className={styles.screen}>
      <ScreenTop title={kind.title} onBack={props.onBack} />
      {kind.route === 'email' ? (
        // The guidance goes with the form only: the preview and the result do not repeat it.
        <EmailRequest {...props} kind={kind} guidance={<RequestGuidance explanation={kind.explanation} />} />
      ) : (
        <>
          <RequestGuidance explanation={kind.explanation} />
          <GuidedSteps kind={kind} orgType={props.detection.site?.orgType} deployment={props.deployment} />
        </>
      )}
    </div>
  );
}
