package org.pledgewatch.commitments.facts.domain;

/** Compares extractor versions numerically part by part ("0.10.0" is newer than "0.9.3"). */
public final class ExtractorVersions {

    private ExtractorVersions() {
    }

    public static int compare(String a, String b) {
        String[] left = String.valueOf(a).split("[.\\-+]");
        String[] right = String.valueOf(b).split("[.\\-+]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "0";
            String r = i < right.length ? right[i] : "0";
            int compared = l.matches("\\d{1,9}") && r.matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(l), Integer.parseInt(r))
                    : l.compareTo(r);
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }
}
