package org.orienta.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * This node's place in a multi-node deployment.
 *
 * @param nodeName the suffix of this node's session ids ({@code ORIENTA_NODE_NAME}); empty on a
 *     single node
 */
@ConfigurationProperties("orienta")
record NodeSettings(@DefaultValue("") String nodeName) {

    NodeSettings {
        if (!nodeName.isEmpty() && !nodeName.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException(
                    "ORIENTA_NODE_NAME must be 1-32 letters, digits, '-' or '_', not '" + nodeName + "'");
        }
    }
}
