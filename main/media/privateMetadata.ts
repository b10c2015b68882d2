import exifReader from 'exif-reader';

/**
 * Whether a photo carries where it was taken or with what camera: what "remove location and
 * camera details" removes. Looked for in EXIF (GPS coordinates; make, model, serial numbers, lens,
 * owner) and in XMP, where editors copy the same fields.
 */
export interface PrivateMetadata {
  hasLocation: boolean;
  hasCameraDetails: boolean;
}

const CAMERA_IMAGE_TAGS = ['Make', 'Model', 'CameraSerialNumber'] as const;
const CAMERA_PHOTO_TAGS = ['BodySerialNumber', 'LensMake', 'LensModel', 'LensSerialNumber', 'CameraOwnerName'] as const;

const XMP_LOCATION = /exif:GPSLatitude|exif:GPSLongitude/;
const XMP_CAMERA = /tiff:Make|tiff:Model|aux:SerialNumber|exifEX:BodySerialNumber|aux:Lens|exifEX:Lens/;

export function readPrivateMetadata(exif: Buffer | undefined, xmp: Buffer | undefined): PrivateMetadata {
  const fromExif = exif ? readExif(exif) : { hasLocation: false, hasCameraDetails: false };
  const xmpText = xmp?.toString('utf8') ?? '';
  return {
    hasLocation: fromExif.hasLocation || XMP_LOCATION.test(xmpText),
    hasCameraDetails: fromExif.hasCameraDetails || XMP_CAMERA.test(xmpText),
  };
}

function readExif(buffer: Buffer): PrivateMetadata {
  let tags: ReturnType<typeof exifReader>;
  try {
    tags = exifReader(buffer);
  } catch {
    // Damaged EXIF does not make the photo unreadable; it only means nothing could be read from it.
    return { hasLocation: false, hasCameraDetails: false };
  }
  const present = (value: unknown) => value !== undefined && value !== null && String(value).trim() !== '';
  return {
    hasLocation: present(tags.GPSInfo?.GPSLatitude) || present(tags.GPSInfo?.GPSLongitude),
    hasCameraDetails:
      CAMERA_IMAGE_TAGS.some((tag) => present(tags.Image?.[tag])) || CAMERA_PHOTO_TAGS.some((tag) => present(tags.Photo?.[tag])),
  };
}
