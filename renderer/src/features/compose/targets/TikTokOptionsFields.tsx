import type { AccountSummary, PostTarget, TikTokPrivacyLevel } from '../../../../../preload/contract';
import { Checkbox, CheckboxGroup } from '../../../ui/Checkbox';
import { Radio, RadioGroup } from '../../../ui/RadioGroup';
import { Switch } from '../../../ui/Switch';
import { TextField } from '../../../ui/TextField';
import { setTargetOptions } from '../draftEdits';
import { useComposer } from '../useComposer';
import { accountOf } from './targetNames';
import { SecondsField } from './SecondsField';

const PRIVACY_NAMES: Record<TikTokPrivacyLevel, string> = {
  PUBLIC_TO_EVERYONE: 'Everyone',
  MUTUAL_FOLLOW_FRIENDS: 'Friends',
  FOLLOWER_OF_CREATOR: 'Followers',
  SELF_ONLY: 'Only you',
};

const TITLE_MAX = 90;

/**
 * TikTok's posting choices, as its guidelines ask: who can see the post comes from the account's
 * own settings and nothing is chosen for the owner; comments, duets and stitches start off and
 * stay off where the account turned them off; commercial content is disclosed in TikTok's words.
 */
export function TikTokOptionsFields({ target, accounts }: { target: PostTarget; accounts: readonly AccountSummary[] }) {
  const edit = useComposer((state) => state.edit);
  const options = target.options;
  if (options.platform !== 'tiktok') return null;

  const creator = accountOf(target, accounts)?.tiktokCreator ?? null;
  const update = (change: Partial<typeof options>) => edit((draft) => setTargetOptions<'tiktok'>(draft, target.id, (current) => ({ ...current, ...change })));
  const isVideo = target.postType === 'video';
  const turnedOff = 'Turned off in your TikTok settings.';

  return (
    <>
      {creator ? (
        <RadioGroup
          label="Who can see this post"
          description={options.brandedContent ? 'Branded content cannot be private, so "Only you" is not available.' : undefined}
          value={options.privacyLevel}
          onChange={(value) => update({ privacyLevel: value as TikTokPrivacyLevel })}
        >
          {creator.privacyLevelOptions.map((level) => (
            <Radio key={level} value={level} isDisabled={level === 'SELF_ONLY' && options.brandedContent}>
              {PRIVACY_NAMES[level]}
            </Radio>
          ))}
        </RadioGroup>
      ) : (
        <p className="field-description">
          {target.accountId === null
            ? 'Choose the TikTok account to see who you can let see the post.'
            : 'Outpost has not read this account’s TikTok settings yet, so who can see the post cannot be chosen. Reconnect the account on the Accounts screen.'}
        </p>
      )}
      <Switch
        label="Allow comments"
        description={creator?.commentDisabled ? turnedOff : undefined}
        isDisabled={creator?.commentDisabled ?? false}
        isSelected={options.allowComments}
        onChange={(allowComments) => update({ allowComments })}
      />
      {isVideo ? (
        <>
          <Switch
            label="Allow duets"
            description={creator?.duetDisabled ? turnedOff : undefined}
            isDisabled={creator?.duetDisabled ?? false}
            isSelected={options.allowDuet}
            onChange={(allowDuet) => update({ allowDuet })}
          />
          <Switch
            label="Allow stitches"
            description={creator?.stitchDisabled ? turnedOff : undefined}
            isDisabled={creator?.stitchDisabled ?? false}
            isSelected={options.allowStitch}
            onChange={(allowStitch) => update({ allowStitch })}
          />
        </>
      ) : null}
      <Switch
        label="Disclose commercial content"
        description="Turn on if this post promotes you, a brand, a product or a service."
        isSelected={options.discloseCommercialContent}
        onChange={(disclose) =>
          update(disclose ? { discloseCommercialContent: true } : { discloseCommercialContent: false, promotesOwnBusiness: false, brandedContent: false })
        }
      />
      {options.discloseCommercialContent ? (
        <CheckboxGroup
          aria-label="What the post promotes"
          value={[...(options.promotesOwnBusiness ? ['own'] : []), ...(options.brandedContent ? ['branded'] : [])]}
          onChange={(values) => {
            const brandedContent = values.includes('branded');
            update({
              promotesOwnBusiness: values.includes('own'),
              brandedContent,
              privacyLevel: brandedContent && options.privacyLevel === 'SELF_ONLY' ? null : options.privacyLevel,
            });
          }}
        >
          <Checkbox value="own" description="You are promoting yourself or your own business. TikTok labels the post “Promotional content”.">
            Your brand
          </Checkbox>
          <Checkbox value="branded" description="You are promoting another brand or a third party. TikTok labels the post “Paid partnership”.">
            Branded content
          </Checkbox>
        </CheckboxGroup>
      ) : null}
      {isVideo ? (
        <SecondsField
          label="Cover frame at (seconds)"
          description="Leave empty for the first frame."
          valueMs={options.coverTimestampMs}
          onChange={(coverTimestampMs) => update({ coverTimestampMs })}
        />
      ) : (
        <TextField
          label="Title"
          maxLength={TITLE_MAX}
          description={`${(options.title ?? '').length} / ${TITLE_MAX} characters. The caption becomes the description.`}
          value={options.title ?? ''}
          onChange={(title) => update({ title: title ? title : null })}
        />
      )}
    </>
  );
}
