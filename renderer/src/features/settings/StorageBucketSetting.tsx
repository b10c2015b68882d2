import { describeError } from '../../lib/describeError';
import { Button } from '../../ui/Button';
import { BucketForm } from './BucketForm';
import { SettingsGroup } from './SettingsGroup';
import { useStagingBucket } from './useStagingBucket';
import './StorageBucketSetting.css';

/**
 * The owner's S3-compatible bucket (AWS S3, Cloudflare R2, Backblaze B2, MinIO), where photos wait
 * for Instagram and TikTok to fetch them: why it is needed, the form, its test and its removal.
 */
export function StorageBucketSetting() {
  const bucket = useStagingBucket();
  const { saved, loadError } = bucket;

  return (
    <SettingsGroup
      title="Storage bucket"
      status={saved ? <span className="bucket-state">In use: {saved.bucket}</span> : saved === null ? <span className="bucket-state bucket-state--off">Not set up</span> : null}
    >
      <p className="bucket-intro">
        Instagram fetches photos from a web address, so Outpost puts each one in your own bucket for a moment and deletes it
        once the post is out. Instagram accounts connected with Instagram Login need a bucket, for other accounts it is
        optional, and TikTok photo posts need one with a public address on a domain you verified with TikTok.
      </p>
      {saved !== undefined ? (
        <BucketForm saved={saved} bucket={bucket} />
      ) : loadError ? (
        <div role="alert" className="settings-load-problem">
          <p>The bucket settings could not be loaded: {describeError(loadError)}</p>
          <Button onPress={bucket.reload}>Try again</Button>
        </div>
      ) : null}
    </SettingsGroup>
  );
}
