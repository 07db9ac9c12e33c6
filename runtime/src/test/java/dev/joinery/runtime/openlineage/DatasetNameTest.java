package dev.joinery.runtime.openlineage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Dataset names as OpenLineage's naming spec has them, from the locations runs resolve. */
class DatasetNameTest {
  @Test
  void localFilesAreNamespaceFileAndTheAbsolutePath() {
    assertEquals(new DatasetName("file", "/data/curated/daily_revenue"), DatasetName.of("file:///data/curated/daily_revenue/"));
    assertEquals(new DatasetName("file", "/data/raw/orders"), DatasetName.of("file:/data/raw/orders"));
    assertEquals(new DatasetName("file", "/data/with space"), DatasetName.of("file:///data/with%20space/"));
  }

  @Test
  void objectStoresAreTheBucketAndTheKey() {
    assertEquals(new DatasetName("s3://lake", "curated/daily_revenue"), DatasetName.of("s3a://lake/curated/daily_revenue/"));
    assertEquals(new DatasetName("s3://lake", "raw/orders"), DatasetName.of("s3://lake/raw/orders"));
    assertEquals(new DatasetName("gs://lake", "raw/orders"), DatasetName.of("gs://lake/raw/orders"));
  }

  @Test
  void hdfsAndOtherSchemesAreSchemeAuthorityAndPath() {
    assertEquals(new DatasetName("hdfs://namenode:8020", "/warehouse/orders"), DatasetName.of("hdfs://namenode:8020/warehouse/orders/"));
    assertEquals(new DatasetName("abfss://c@acct.dfs.core.windows.net", "/raw/orders"),
        DatasetName.of("abfss://c@acct.dfs.core.windows.net/raw/orders"));
  }
}
