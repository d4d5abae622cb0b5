package io.configconformance.emulator.state;

import java.util.List;

/**
 * Resource types Cloud Config monitors, as they appear in the reference pages and the public resource type list.
 * A recorder started without a selection monitors all of them, as the real service does by default.
 */
public final class ResourceTypeCatalogue {

    public static final List<String> SUPPORTED = List.of(
            "ACS::ECS::Instance",
            "ACS::ECS::Disk",
            "ACS::ECS::NetworkInterface",
            "ACS::ECS::SecurityGroup",
            "ACS::RDS::DBInstance",
            "ACS::OSS::Bucket",
            "ACS::VPC::VPC",
            "ACS::VPC::VSwitch",
            "ACS::SLB::LoadBalancer",
            "ACS::RAM::User",
            "ACS::RAM::Role",
            "ACS::KMS::Key");

    private ResourceTypeCatalogue() {
    }

    public static boolean isSupported(String resourceType) {
        return SUPPORTED.contains(resourceType);
    }
}
