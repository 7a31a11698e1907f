package cn.ybjg.supervision.streams;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the memory of every RocksDB store of the instance together: one block cache shared by all stores, which
 * also holds their index and filter blocks and is charged for their memtables. Without it each store (one per
 * store and partition) takes its own default cache and write buffers, and off-heap memory grows with partitions.
 * The bound is {@value #MEMORY_CONFIG} of the streams configuration (bytes; set from STREAMS_ROCKSDB_MEMORY_MB).
 */
public class BoundedRocksDb implements RocksDBConfigSetter {
    static final String MEMORY_CONFIG = "ybjg.rocksdb.memory.bytes";
    private static final long DEFAULT_MEMORY = 256L << 20;

    /** Created once per JVM with the first store's configuration; shared, so never closed by a store. */
    private static Cache cache;
    private static WriteBufferManager writeBuffers;

    private static synchronized void share(Map<String, Object> configs) {
        if (cache != null) return;
        Object configured = configs.get(MEMORY_CONFIG);
        long total = configured == null ? DEFAULT_MEMORY : Long.parseLong(configured.toString().trim());
        // A quarter for memtables, the rest for data, index and filter blocks; index and filters get priority.
        cache = new LRUCache(total, -1, false, 0.1);
        writeBuffers = new WriteBufferManager(total / 4, cache);
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        share(configs);
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(cache);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(writeBuffers);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and the write buffer manager are shared by every store of the instance.
    }
}
